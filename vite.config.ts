import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
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

export default defineConfig({
  plugins: [svelte(), serveLocalAssets(), validateCatalogueAtBuild()],
  worker: { format: 'es' },
  build: { target: 'es2022' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
