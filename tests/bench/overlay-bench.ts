/**
 * Overlay benchmark: what the workout screen's display and skeleton cost the main thread per pose
 * result, and the delay from a result to its drawing on screen, in headless Chromium at 1280x800.
 * Recorded landmark fixtures (tests/fixtures) stand in for the model, so the figures are the
 * overlay's alone, on a good plank and on a bridge whose knees are at fault (warning bones drawn).
 *
 *   npx tsx tests/bench/overlay-bench.ts [--loops 2] [--fps 10] [--json out.json]
 */
import { chromium, type Browser } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview, type PreviewServer } from 'vite';
import type { PoseFrame } from '../../src/pose/landmarks';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { REPO_ROOT } from '../e2e/media';
import { clipFixtureSkipReason, loadClipFixture } from '../fixtures/load-fixture';
import type { OverlayTiming } from './overlay-api';
import { percentile } from './summarise';

const PORT = Number(process.env.BENCH_PORT ?? 4304);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Clip fixture and the exercise it shows. */
const CLIPS = [
  ['plank-studio', 'plank'],
  ['glute-bridge-woman-white-studio-side', 'glute-bridge'],
] as const;

const { values: args } = parseArgs({
  options: {
    loops: { type: 'string', default: '2' },
    fps: { type: 'string', default: '10' },
    json: { type: 'string' },
  },
});
const loops = Math.max(1, Number(args.loops));
const fps = Math.max(1, Number(args.fps));

/** The clip played `loops` times on one clock, as a camera would keep going. */
function looped(frames: readonly PoseFrame[]): PoseFrame[] {
  const span = frames.at(-1)!.timestampMs - frames[0]!.timestampMs + 100;
  return Array.from({ length: loops }, (_, loop) =>
    frames.map((frame) => ({ ...frame, timestampMs: frame.timestampMs + loop * span })),
  ).flat();
}

const stat = (values: number[]) => ({
  median: Number(percentile(values, 50).toFixed(2)),
  p95: Number(percentile(values, 95).toFixed(2)),
});

let server: PreviewServer | undefined;
let browser: Browser | undefined;
try {
  const outDir = resolve(REPO_ROOT, '.cache/overlay-bench-dist');
  const configFile = resolve(REPO_ROOT, 'vite.config.ts');
  process.stderr.write('building the overlay bench page\n');
  await build({
    root: REPO_ROOT,
    configFile,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: { overlay: resolve(REPO_ROOT, 'tests/bench/overlay.html') } },
    },
  });
  server = await preview({
    root: REPO_ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
  browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  await page.goto(`${ORIGIN}/tests/bench/overlay.html`);
  await page.waitForFunction(() => window.overlayBench !== undefined);

  const all: OverlayTiming[] = [];
  const rows: ReturnType<typeof row>[] = [];
  for (const [clip, exercise] of CLIPS) {
    const skip = clipFixtureSkipReason(clip);
    if (skip) throw new Error(`${clip}: ${skip}`);
    const frames = looped(loadClipFixture(clip).frames);
    process.stderr.write(`${clip}: ${frames.length} results at ${fps} per second\n`);
    const timings = await page.evaluate(
      ({ exercise, frames, fps }) => window.overlayBench.replay(exercise, frames, fps),
      { exercise, frames, fps },
    );
    all.push(...timings);
    rows.push(row(clip, timings));
  }
  rows.push(row('all', all));

  function row(name: string, timings: OverlayTiming[]) {
    const overlay = timings.map((t) => t.displayMs + t.skeletonMs);
    return {
      clip: name,
      results: timings.length,
      stats: {
        'display ms': stat(timings.map((t) => t.displayMs)),
        'skeleton ms': stat(timings.map((t) => t.skeletonMs)),
        'overlay ms': stat(overlay),
        'engine ms': stat(timings.map((t) => t.engineMs)),
        'result to screen ms': stat(timings.map((t) => t.delayMs)),
      },
    };
  }

  const userAgent = await page.evaluate(() => navigator.userAgent);
  console.log(`overlay bench ${new Date().toISOString()}; ${userAgent}; ${fps} results/s`);
  console.log('median / p95 per pose result on the main thread');
  for (const r of rows) {
    const cells = Object.entries(r.stats).map(([key, v]) => `${key} ${v.median} / ${v.p95}`);
    console.log([`${r.clip} (${r.results} results)`, ...cells].join('  |  '));
  }
  if (args.json) writeFileSync(args.json, JSON.stringify(rows, null, 2));
} finally {
  await browser?.close();
  await server?.close();
}
