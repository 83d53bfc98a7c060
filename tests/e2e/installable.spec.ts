import { expect, test } from '@playwright/test';
import { passCheckIn } from './check-in';
import { startCameraToSet } from './workout-page';
import { launchWithCamera } from './coach-page';
import { clipAsCamera, footageClip, missingFootage } from './media';

/** A good forearm plank filmed side-on (labelled hold 0-3.9 s, looped by the fake camera). */
const PLANK_CLIP = 'plank-rooftop-good-2.mp4';

test('the app is installable: a manifest with icons of the sizes an install needs', async ({
  page,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = (await (await page.request.get(href!)).json()) as {
    name: string;
    display: string;
    icons: { sizes: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('Spine Coach');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((icon) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
});

test('after one visit the app, the engine and the model load offline and a workout runs', async ({
  baseURL,
}) => {
  const clip = footageClip(PLANK_CLIP);
  test.skip(!clip, missingFootage(PLANK_CLIP));
  const browser = await launchWithCamera(clipAsCamera(clip!));
  try {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
    await page.goto('/#catalogue');
    // The service worker is active once it has precached everything (the wasm and the model too).
    const started = Date.now();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    console.log(`[offline] service worker installed in ${Date.now() - started} ms`);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('catalogue-page')).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await passCheckIn(page);
    await page.goto('/#workout/plank');
    await startCameraToSet(page);
    const count = page.getByTestId('hud-count');
    await expect
      .poll(async () => Number(await count.getAttribute('data-hold-seconds')), { timeout: 90_000 })
      .toBeGreaterThan(1);
  } finally {
    await browser.close();
  }
});
