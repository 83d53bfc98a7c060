/**
 * Makes the README's screenshot: the plank workout on the fake camera playing a real clip.
 * The camera picture is hidden, so what is saved is only what the app draws (the skeleton and the
 * panel): footage, and media made from it, is never committed.
 *
 *   npm run build && npx tsx tests/e2e/take-screenshot.ts
 */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './chromium';
import { clipAsCamera, footageClip, missingFootage, REPO_ROOT } from './media';

const CLIP = 'plank-rooftop-good-2.mp4';
const OUT = 'tests/e2e/screenshots/workout.png';
const PORT = 4399;

const clip = footageClip(CLIP);
if (!clip) throw new Error(missingFootage(CLIP));
const server = await preview({
  root: REPO_ROOT,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
});
const browser = await chromium.launch(chromiumLaunchOptions(clipAsCamera(clip)));
try {
  const page = await browser.newPage({
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1200, height: 900 },
  });
  // Through the check-in (every answer "no"), to the plank's workout.
  await page.goto('/#checkin');
  const noAnswers = page.locator('[data-testid^="q-"][data-testid$="-no"]');
  await noAnswers.first().waitFor();
  for (let i = 0; i < (await noAnswers.count()); i++) await noAnswers.nth(i).check();
  await page.getByTestId('back-stage').selectOption('none');
  await page.getByTestId('checkin-submit').click();
  await page.goto('/#workout/plank');
  await page.addStyleTag({
    content: 'video { visibility: hidden; } .stage { background: #2b2f36; }',
  });
  await page.getByTestId('start-camera').click();
  const hold = page.getByTestId('panel-hold');
  for (let i = 0; i < 120 && Number(await hold.getAttribute('data-seconds')) < 3; i++) {
    await page.waitForTimeout(500);
  }
  await page.screenshot({ path: OUT, fullPage: true });
  console.log(`Saved ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
