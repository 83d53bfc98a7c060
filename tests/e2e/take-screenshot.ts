/**
 * Makes the README's screenshots: the plank workout on the fake camera playing a real clip, at
 * 1280x800 (laptop) and 390x844 (phone), and the summary after it. The camera picture is hidden,
 * so what is saved is only what the app draws (the skeleton and the display): footage, and media
 * made from it, is never committed.
 *
 *   npm run build && npx tsx tests/e2e/take-screenshot.ts
 */
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './chromium';
import { clipAsCamera, footageClip, missingFootage, REPO_ROOT } from './media';

const CLIP = 'plank-rooftop-good-2.mp4';
const DIR = 'tests/e2e/screenshots';
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4399);

const clip = footageClip(CLIP);
if (!clip) throw new Error(missingFootage(CLIP));
const server = await preview({
  root: REPO_ROOT,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
});
const browser = await chromium.launch(chromiumLaunchOptions(clipAsCamera(clip)));

/** Through the check-in (every answer "no"), to the plank's workout, the camera running. */
async function plankWorkout(page: Page): Promise<void> {
  await page.goto('/#checkin');
  const noAnswers = page.locator('[data-testid^="q-"][data-testid$="-no"]');
  await noAnswers.first().waitFor();
  for (let i = 0; i < (await noAnswers.count()); i++) await noAnswers.nth(i).check();
  await page.getByTestId('back-stage').selectOption('none');
  await page.getByTestId('checkin-submit').click();
  await page.goto('/#workout/plank');
  await page.addStyleTag({ content: 'video { visibility: hidden; }' });
  await page.getByTestId('start-camera').click();
  const count = page.getByTestId('hud-count');
  await count.waitFor({ timeout: 90_000 });
  for (let i = 0; i < 120 && Number(await count.getAttribute('data-hold-seconds')) < 4; i++) {
    await page.waitForTimeout(500);
  }
}

try {
  for (const [name, viewport] of [
    ['workout', { width: 1280, height: 800 }],
    ['workout-portrait', { width: 390, height: 844 }],
  ] as const) {
    const page = await browser.newPage({ baseURL: `http://127.0.0.1:${PORT}`, viewport });
    await plankWorkout(page);
    await page.screenshot({ path: `${DIR}/${name}.png` });
    console.log(`Saved ${DIR}/${name}.png`);
    if (name === 'workout') {
      await page.keyboard.press('Escape');
      await page.getByTestId('summary-exercise').first().waitFor();
      await page.screenshot({ path: `${DIR}/summary.png`, fullPage: true });
      console.log(`Saved ${DIR}/summary.png`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
