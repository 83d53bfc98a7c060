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

/** Launch options; pass a video file to make Chromium's fake camera play it. */
export function chromiumLaunchOptions(fakeCameraFile?: string): LaunchOptions {
  const cameraFlags = fakeCameraFile
    ? [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${fakeCameraFile}`,
      ]
    : [];
  return { executablePath: CHROMIUM_PATH, args: [...BASE_CHROMIUM_FLAGS, ...cameraFlags] };
}
