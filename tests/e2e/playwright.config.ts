import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

// Runs against the production build (`npm run build` first), served by `vite preview`.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
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
