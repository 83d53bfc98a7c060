import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
/** The specs that never start the camera or the pose model. */
const PAGE_SPECS = ['**/accessibility.spec.ts', '**/catalogue.spec.ts'];
// The soak runs on its own (`npm run soak` sets SOAK_MINUTES): after the merge of the hands-free
// flow its one-minute form stopped sampling at 41 s, which is still open; CI must not hang on it.
const SOAK_UNLESS_ASKED = process.env.SOAK_MINUTES ? [] : ['**/soak.spec.ts'];

// Runs against the production build (`npm run build` first), served by `vite preview`.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // Two lanes, one test at a time in each: the pages (axe, catalogue, routines) never run the pose
  // model, so they run beside the pipeline tests, which each have one model at a time. On a
  // two-core machine this takes the end-to-end run from about 7 to about 5 minutes.
  workers: 2,
  projects: [
    { name: 'pages', testMatch: PAGE_SPECS, workers: 1 },
    { name: 'pipeline', testIgnore: [...PAGE_SPECS, ...SOAK_UNLESS_ASKED], workers: 1 },
  ],
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    // The model setting of coach-page.ts's TEST_MODEL, for the pages of the default fixture too.
    storageState: {
      cookies: [],
      origins: [
        {
          origin: `http://127.0.0.1:${port}`,
          localStorage: [
            { name: 'spine-coach:pose-model', value: 'models/pose_landmarker_full.task' },
          ],
        },
      ],
    },
  },
  webServer: {
    // Playwright starts the server in this config's folder by default; dist/ is at the repo root.
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
