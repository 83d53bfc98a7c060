/**
 * Makes the README's screenshots: the plank workout on the fake camera playing a real clip, at
 * 1280x800 (laptop) and 390x844 (phone), a glute bridge with its labelled fault (the hips drawn in
 * the warning colour, the cue shown) and the summary after it, all with the tests'
 * model (TEST_MODEL), not the automatic choice. The camera picture is hidden,
 * so what is saved is only what the app draws (the skeleton and the display): footage, and media
 * made from it, is never committed.
 *
 *   npm run build && npx tsx tests/e2e/take-screenshot.ts
 */
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import { passCheckIn } from './check-in';
import { launchWithCamera } from './coach-page';
import { boomerangCamera, clipAsCamera, footageClip, missingFootage, REPO_ROOT } from './media';

const CLIP = 'plank-rooftop-good-2.mp4';
/** The gym tutorial's thigh-driven bridge (labelled 2.25-3.7 s), looped forward and back. */
const BRIDGE_CLIP = 'glute-bridge-wrong-then-right-gym-tutorial-overlays.mp4';
const DIR = 'tests/e2e/screenshots';
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4399);

const clip = footageClip(CLIP);
if (!clip) throw new Error(missingFootage(CLIP));
const bridgeClip = footageClip(BRIDGE_CLIP);
if (!bridgeClip) throw new Error(missingFootage(BRIDGE_CLIP));
const server = await preview({
  root: REPO_ROOT,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
});
// Each page opened by these browsers starts with the tests' model as its model setting.
const browser = await launchWithCamera(clipAsCamera(clip));
const bridgeBrowser = await launchWithCamera(boomerangCamera(bridgeClip, 2.2, 3.7));

/** Polls `condition` until it holds; throws after `ms`, so that no screenshot shows the wrong moment. */
async function waitUntil(condition: () => Promise<boolean>, ms: number, what: string) {
  for (const end = Date.now() + ms; !(await condition());) {
    if (Date.now() > end) throw new Error(`screenshot: no ${what} within ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Through the check-in (every answer "no"), to the exercise's workout, the camera running. */
async function startWorkout(page: Page, exercise: string): Promise<void> {
  await passCheckIn(page);
  await page.goto(`/#workout/${exercise}`);
  await page.addStyleTag({ content: 'video { visibility: hidden; }' });
  await page.getByTestId('start-camera').click();
  await page.getByTestId('hud-count').waitFor({ timeout: 90_000 });
}

try {
  for (const [name, viewport] of [
    ['workout', { width: 1280, height: 800 }],
    ['workout-portrait', { width: 390, height: 844 }],
  ] as const) {
    const page = await browser.newPage({
      baseURL: `http://127.0.0.1:${PORT}`,
      // The service worker's first install competes with the model's fetch; screenshots need none.
      serviceWorkers: 'block',
      viewport,
    });
    await startWorkout(page, 'plank');
    const count = page.getByTestId('hud-count');
    for (let i = 0; i < 120 && Number(await count.getAttribute('data-hold-seconds')) < 4; i++) {
      await page.waitForTimeout(500);
    }
    await page.screenshot({ path: `${DIR}/${name}.png` });
    console.log(`Saved ${DIR}/${name}.png`);
    // Ending the workout releases the camera before the next page asks for it.
    await page.keyboard.press('Escape');
    await page.getByTestId('workout-summary').waitFor();
    await page.close();
  }
  const page = await bridgeBrowser.newPage({
    baseURL: `http://127.0.0.1:${PORT}`,
    // The service worker's first install competes with the model's fetch; screenshots need none.
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  await startWorkout(page, 'glute-bridge');
  // The fault on the skeleton and its cue on the screen at once.
  const skeleton = page.getByTestId('skeleton');
  const cue = page.getByTestId('hud-cue-text');
  await waitUntil(
    async () => Boolean(await skeleton.getAttribute('data-fault-bones')) && cue.isVisible(),
    60_000,
    'the fault on the skeleton with its cue',
  );
  await page.screenshot({ path: `${DIR}/workout-fault.png` });
  console.log(`Saved ${DIR}/workout-fault.png`);
  // A counted rep, so that the summary has work and a form score to show.
  const reps = page.getByTestId('hud-count');
  await waitUntil(
    async () => Number(await reps.getAttribute('data-reps')) >= 2,
    120_000,
    'two counted reps',
  );
  await page.keyboard.press('Escape');
  await page.getByTestId('summary-exercise').first().waitFor();
  await page.screenshot({ path: `${DIR}/summary.png`, fullPage: true });
  console.log(`Saved ${DIR}/summary.png`);
} finally {
  await browser.close();
  await bridgeBrowser.close();
  await server.close();
}
