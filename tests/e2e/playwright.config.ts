import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { testPatternCameraLaunchOptions } from './chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
/**
 * The specs of the second lane: the pages that never start the camera (axe, catalogue, routines),
 * the soak (it watches memory and keeps going whatever the frame rate) and the pose backends' two
 * tests, which balance the lanes at about 7 minutes each on a two-core machine.
 */
const SIDE_LANE = [
  '**/accessibility.spec.ts',
  '**/catalogue.spec.ts',
  '**/soak.spec.ts',
  '**/pose-backends.spec.ts',
];

// Runs against the production build (`npm run build` first), served by `vite preview`.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // Two lanes, one test at a time in each: the pages (axe, catalogue, routines) and the soak beside
  // the pipeline tests, which each run one model at a time and time what they see.
  workers: 2,
  projects: [
    { name: 'side', testMatch: SIDE_LANE, workers: 1 },
    { name: 'pipeline', testIgnore: SIDE_LANE, workers: 1 },
  ],
  // PLAYWRIGHT_JSON_OUTPUT_NAME=<file> adds a JSON report beside the list: per-test durations for
  // the README's timing table.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The fake camera's test pattern: the tests that need a camera but no footage use the lane's
    // one browser (its pages and contexts) instead of launching one each.
    launchOptions: testPatternCameraLaunchOptions(),
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
