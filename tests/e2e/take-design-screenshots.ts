/**
 * Makes the README's screenshots of the catalogue and the check-in, on a laptop (1280x800, light)
 * and a phone (390x844, dark). No camera is involved, so nothing from footage is in them.
 *
 *   npm run build && npx tsx tests/e2e/take-design-screenshots.ts
 */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './chromium';
import { REPO_ROOT } from './media';

const PORT = Number(process.env.BENCH_PORT ?? 4398);
const SHOTS = [
  { hash: '#catalogue', file: 'catalogue-laptop.png', width: 1280, height: 800, scheme: 'light' },
  { hash: '#catalogue', file: 'catalogue-phone.png', width: 390, height: 844, scheme: 'dark' },
  { hash: '#checkin', file: 'checkin-laptop.png', width: 1280, height: 800, scheme: 'light' },
  { hash: '#checkin', file: 'checkin-phone.png', width: 390, height: 844, scheme: 'dark' },
] as const;

const server = await preview({
  root: REPO_ROOT,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
});
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      baseURL: `http://127.0.0.1:${PORT}`,
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.scheme,
    });
    await page.goto(`/${shot.hash}`);
    await page.locator('main section').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    const out = `tests/e2e/screenshots/${shot.file}`;
    await page.screenshot({ path: out });
    console.log(`Saved ${out}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
