import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser downloads fail on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags measured to work here (../shared/RECIPES.md); the network ones keep Chromium from phoning home. */
export const BASE_CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fake camera (its moving test pattern, unless a file is given) that needs no permission. */
const FAKE_CAMERA_FLAGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

/** Launch options without a camera; pass a video file to make Chromium's fake camera play it. */
export function chromiumLaunchOptions(fakeCameraFile?: string): LaunchOptions {
  const cameraFlags = fakeCameraFile
    ? [...FAKE_CAMERA_FLAGS, `--use-file-for-fake-video-capture=${fakeCameraFile}`]
    : [];
  return { executablePath: CHROMIUM_PATH, args: [...BASE_CHROMIUM_FLAGS, ...cameraFlags] };
}

/** Launch options with Chromium's fake camera playing its own moving test pattern. */
export function testPatternCameraLaunchOptions(): LaunchOptions {
  return { executablePath: CHROMIUM_PATH, args: [...BASE_CHROMIUM_FLAGS, ...FAKE_CAMERA_FLAGS] };
}
