/**
 * Loaded into the service worker before Workbox (vite.config.ts, workbox.importScripts).
 *
 * Workbox precaches each file that has a revision with `fetch(url, { cache: 'reload' })`, which
 * also writes Chromium's HTTP cache. On a first visit the pose worker asks for the same model
 * and wasm at the same moment; its request joins the cache entry the service worker is writing,
 * and in an incognito-style profile (in-memory HTTP cache) the joined read of the 9 MB model
 * fails with "TypeError: Failed to fetch" (reproduced: two overlapping fetches of
 * models/pose_landmarker_full.task, the second fails; with the first as `no-store`, both succeed).
 * The precached copy lives in Cache Storage anyway, so the service worker's precache requests
 * skip the HTTP cache altogether: `no-store` fetches from the network as `reload` does, without
 * making a cache entry another request could join.
 */
const networkFetch = self.fetch.bind(self);

self.fetch = (input, init) => {
  const request = new Request(input, init);
  return networkFetch(
    request.cache === 'reload' ? new Request(request, { cache: 'no-store' }) : request,
  );
};
