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

test('the service worker precaches past the HTTP cache, leaving no entry a page’s fetch could join', async ({
  page,
}) => {
  // On a first visit the pose worker fetches the model and the wasm while the service worker
  // precaches them; a request that joins the other's HTTP cache entry failed ("Failed to fetch",
  // see public/precache-without-http-cache.js). Nothing but the precache asks for the wasm loader
  // on this page, so an HTTP cache entry for it could only come from the service worker.
  await page.goto('/#catalogue');
  const loader = 'mediapipe/wasm/vision_wasm_module_internal.js';
  const found = await page.evaluate(async (url) => {
    await navigator.serviceWorker.ready;
    const httpCached = await fetch(url, { cache: 'only-if-cached', mode: 'same-origin' }).then(
      (response) => response.ok,
      () => false,
    );
    const precached = (await caches.match(url, { ignoreSearch: true })) !== undefined;
    return { precached, httpCached };
  }, loader);
  expect(found).toEqual({ precached: true, httpCached: false });
});

test('a first visit runs the model while the service worker installs; after it the app, the engine and the model load offline', async ({
  baseURL,
}) => {
  const clip = footageClip(PLANK_CLIP);
  test.skip(!clip, missingFootage(PLANK_CLIP));
  // Two workouts, each with a cold model load (the second offline, from the service worker).
  test.setTimeout(240_000);
  const browser = await launchWithCamera(clipAsCamera(clip!));
  try {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
    page.on('console', (message) => {
      if (message.text().startsWith('[spine-coach]')) console.log(message.text());
    });
    // The first visit: the service worker starts precaching the wasm and the model (about 25 MB)
    // at once, and the workout asks the pose worker for the same files while it does.
    await passCheckIn(page);
    await page.goto('/#workout/plank');
    const precaching = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active ? 'done' : 'under way';
    });
    console.log(`[offline] precache ${precaching} when the camera started`);
    await startCameraToSet(page);
    const count = page.getByTestId('hud-count');
    const held = async () => Number(await count.getAttribute('data-hold-seconds'));
    await expect.poll(held, { timeout: 90_000 }).toBeGreaterThan(1);

    // The service worker is active once it has precached everything (the wasm and the model too).
    const started = Date.now();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    console.log(`[offline] service worker active ${Date.now() - started} ms after the hold`);

    await context.setOffline(true);
    await page.goto('/#catalogue');
    await page.reload();
    await expect(page.getByTestId('catalogue-page')).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // The check-in passed on the first visit still holds (a second one today is the short form).
    await page.goto('/#workout/plank');
    await startCameraToSet(page);
    await expect.poll(held, { timeout: 90_000 }).toBeGreaterThan(1);
  } finally {
    await browser.close();
  }
});
