/**
 * Renders the app icon's PNG sizes (for the web app manifest and iOS) from the hand-drawn SVGs in
 * public/icons, with the same Debian Chromium the end-to-end tests use. Run after editing an SVG:
 *
 *   npx tsx scripts/render-icons.ts
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';
import { REPO_ROOT } from '../tests/e2e/media';

const ICONS = join(REPO_ROOT, 'public', 'icons');

/** Source SVG, output PNG, size in pixels. */
const RENDERS = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
] as const;

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const [source, output, size] of RENDERS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(join(ICONS, source), 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: join(ICONS, output), omitBackground: true });
    await page.close();
    console.log(`${output}: ${size}x${size} from ${source}`);
  }
} finally {
  await browser.close();
}
