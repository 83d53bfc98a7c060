/**
 * Makes the README's screenshots of the hands-free flow on the plank: the framing guide, the
 * demonstration card, the 3-2-1, a set with the display, and the summary, on a laptop (1280x800)
 * and a phone (390x844). The fake camera plays a real clip, but the camera picture is hidden, so
 * what is saved is only what the app draws (the skeleton and the display): footage, and media
 * made from it, is never committed.
 *
 *   npm run build && npx tsx tests/e2e/take-flow-screenshots.ts
 *
 * DIST_DIR serves another build than dist/ (a copy, while a test run rebuilds dist/).
 */
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { passCheckIn } from './check-in';
import { chromiumLaunchOptions } from './chromium';
import { pinModel, TEST_MODEL } from './coach-page';
import { clipAsCamera, footageClip, missingFootage, REPO_ROOT } from './media';

const CLIP = 'plank-rooftop-good-2.mp4';
const DIR = 'tests/e2e/screenshots';
const PORT = Number(process.env.BENCH_PORT ?? 4397);
const DEVICES = [
  { name: 'laptop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

const clip = footageClip(CLIP);
if (!clip) throw new Error(missingFootage(CLIP));
const server = await preview({
  root: REPO_ROOT,
  logLevel: 'warn',
  build: process.env.DIST_DIR ? { outDir: process.env.DIST_DIR } : {},
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
});
const browser = await chromium.launch(chromiumLaunchOptions(clipAsCamera(clip)));

async function shot(page: Page, stage: string, device: string): Promise<void> {
  const path = `${DIR}/flow-${stage}-${device}.png`;
  await page.screenshot({ path });
  console.log(`Saved ${path}`);
}

try {
  for (const device of DEVICES) {
    const page = await browser.newPage({
      baseURL: `http://127.0.0.1:${PORT}`,
      // The service worker's first install competes with the model's fetch; screenshots need none.
      serviceWorkers: 'block',
      viewport: device.viewport,
      colorScheme: 'dark',
    });
    // The tests' model, not the automatic choice: what the set looks like with the default model.
    await pinModel(page, TEST_MODEL);
    await passCheckIn(page);
    await page.goto('/#workout/plank');
    await page.addStyleTag({ content: 'video { visibility: hidden; }' });
    await page.evaluate(() => document.fonts.ready);
    await page.getByTestId('start-camera').click();

    // The guide once it has judged a frame (not while it is still looking).
    const message = page.getByTestId('framing-message');
    await message.waitFor({ timeout: 120_000 });
    for (let i = 0; i < 200 && (await message.textContent())?.includes('Looking'); i++) {
      await page.waitForTimeout(100);
    }
    await shot(page, 'framing', device.name);

    await page.getByTestId('demo-card').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1500); // a second of the loop, so the skeleton is mid-movement
    await shot(page, 'demo', device.name);

    await page.getByTestId('demo-start').click();
    // Its first number comes with the flow's first tick after the card.
    await page.locator('[data-testid="flow-countdown"]:not([data-seconds=""])').waitFor();
    await shot(page, 'countdown', device.name);

    const count = page.getByTestId('hud-count');
    await count.waitFor({ timeout: 60_000 });
    for (let i = 0; i < 240 && Number(await count.getAttribute('data-hold-seconds')) < 4; i++) {
      await page.waitForTimeout(250);
    }
    await shot(page, 'set', device.name);

    await page.keyboard.press('Escape');
    await page.getByTestId('summary-exercise').first().waitFor();
    await shot(page, 'summary', device.name);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
