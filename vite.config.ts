import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { validateCatalogueAtBuild } from './src/content/vite-plugin';

const WASM_DIR = resolve('node_modules/@mediapipe/tasks-vision/wasm');
const TFJS_WASM_DIR = resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist');
const MODELS_DIR = resolve('models');
/** Pose models: MediaPipe's .task bundles and MoveNet's tfjs graph models (model.json + weights). */
const MODEL_FILE = /\.(task|json|bin)$/;

/** Files the app serves from its own origin, by URL path: nothing is fetched from a CDN. */
function localAssetFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(WASM_DIR))
    files.set(`mediapipe/wasm/${name}`, join(WASM_DIR, name));
  for (const name of readdirSync(TFJS_WASM_DIR).filter((n) => n.endsWith('.wasm')))
    files.set(`tfjs/wasm/${name}`, join(TFJS_WASM_DIR, name));
  for (const name of readdirSync(MODELS_DIR).filter((n) => MODEL_FILE.test(n))) {
    files.set(`models/${name}`, join(MODELS_DIR, name));
  }
  return files;
}

function serveLocalAssets(): Plugin {
  const files = localAssetFiles();
  return {
    name: 'spine-coach:local-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        const file = files.get(path);
        if (!file) return next();
        const type = path.endsWith('.wasm')
          ? 'application/wasm'
          : path.endsWith('.js')
            ? 'text/javascript'
            : path.endsWith('.json')
              ? 'application/json'
              : 'application/octet-stream';
        res.setHeader('Content-Type', type);
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [fileName, file] of files) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
  };
}

/**
 * Installable and offline after one visit: the service worker precaches the app, the wasm engine
 * tasks-vision loads (the module build: the worker asks for it) and the default (full) model.
 * A new version waits until the person accepts it (registerType 'prompt'), never mid-workout.
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    // The icons are already in the precache through globPatterns; listing them twice conflicts.
    includeManifestIcons: false,
    injectRegister: false,
    manifest: {
      name: 'Spine Coach',
      short_name: 'Spine Coach',
      description: 'A webcam coach for back and neck exercises that runs in your browser.',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#0b1120',
      theme_color: '#115e59',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: [
        '**/*.{js,css,html,svg,png,woff2}',
        'mediapipe/wasm/vision_wasm_module_internal.*',
        'models/pose_landmarker_full.task',
      ],
      // The loaders of the wasm builds the worker never asks for (it always uses the module one).
      globIgnores: [
        'mediapipe/wasm/vision_wasm_internal.js',
        'mediapipe/wasm/vision_wasm_nosimd_*',
      ],
      // The wasm is 13 MB and the full model 9 MB.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      navigateFallback: 'index.html',
      // Before Workbox: its precache requests must not share an HTTP cache entry with the pose
      // worker's own fetch of the model on a first visit (the reason is in that file).
      importScripts: ['precache-without-http-cache.js'],
      // The other models are kept once used, so a chosen one works offline too.
      runtimeCaching: [
        // The pose worker checks the wasm is reachable with HEAD before loading it; precaching
        // answers GET only, so offline that check would fail. Answer it from the cached copy.
        {
          urlPattern: ({ url }) => url.pathname.includes('/mediapipe/wasm/'),
          method: 'HEAD',
          handler: async ({ request }) =>
            (await caches.match(request.url, { ignoreSearch: true })) ?? fetch(request),
        },
        {
          urlPattern: ({ url }) => /\/models\/[^/]+\.task$/.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: 'spine-coach-models' },
        },
      ],
    },
  });
}

export default defineConfig({
  plugins: [svelte(), serveLocalAssets(), validateCatalogueAtBuild(), offlineApp()],
  worker: { format: 'es' },
  build: { target: 'es2022' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // The tests are pure (no module mocks, no stubbed globals), so one module graph per worker is
    // safe, and it takes the unit run from about 80 s to about 20 s on a two-core machine.
    pool: 'threads',
    isolate: false,
  },
});
