/**
 * Makes the README's screenshots: the plank workout on the fake camera playing a real clip, at
 * 1280x800 (laptop) and 390x844 (phone); a glute bridge whose knees are at fault (the warning
 * colour on the skeleton and the cue), and the summary after it. The camera picture is hidden,
 * so what is saved is only what the app draws (the skeleton and the display): footage, and media
 * made from it, is never committed.
 *
 *   npm run build && npx tsx tests/e2e/take-screenshot.ts
 */
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { passCheckIn } from './check-in';
import { chromiumLaunchOptions } from './chromium';
import { clipAsCamera, footageClip, missingFootage, REPO_ROOT } from './media';

const CLIP = 'plank-rooftop-good-2.mp4';
const FAULT_CLIP = 'glute-bridge-woman-white-studio-side.mp4';
const DIR = 'tests/e2e/screenshots';
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4399);

const clip = footageClip(CLIP);
if (!clip) throw new Error(missingFootage(CLIP));
const faultClip = footageClip(FAULT_CLIP);
if (!faultClip) throw new Error(missingFootage(FAULT_CLIP));
const server = await preview({
  root: REPO_ROOT,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
});
const browser = await chromium.launch(chromiumLaunchOptions(clipAsCamera(clip)));
const faultBrowser = await chromium.launch(chromiumLaunchOptions(clipAsCamera(faultClip)));

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
  const page = await faultBrowser.newPage({
    baseURL: `http://127.0.0.1:${PORT}`,
    // The service worker's first install competes with the model's fetch; screenshots need none.
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  await startWorkout(page, 'glute-bridge');
  const canvas = page.getByTestId('skeleton');
  for (let i = 0; i < 120 && !(await canvas.getAttribute('data-fault-bones')); i++) {
    await page.waitForTimeout(250);
  }
  await page.screenshot({ path: `${DIR}/workout-fault.png` });
  console.log(`Saved ${DIR}/workout-fault.png`);
  await page.waitForTimeout(4000);
  await page.keyboard.press('Escape');
  await page.getByTestId('summary-exercise').first().waitFor();
  await page.screenshot({ path: `${DIR}/summary.png`, fullPage: true });
  console.log(`Saved ${DIR}/summary.png`);
} finally {
  await browser.close();
  await faultBrowser.close();
  await server.close();
}
