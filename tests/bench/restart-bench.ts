/**
 * How long the pose pipeline is blind after its worker crashes: the time from the crash (an
 * uncaught error thrown inside the worker, at a time it stamps) to the first frame answered by the
 * new worker, and the app's own figure for the reload (`data-restart-ms`: from the crash being
 * noticed to the new worker's first answer). Runs the production build (`npm run build` first) on
 * the Coach page with the fake camera playing a clip, crashing the worker `--restarts` times per
 * model, and prints the median, the spread and the load average beside them. With a MediaPipe model
 * it waits (up to a minute) for the standby worker to be ready before each crash, and counts the
 * restarts it took over.
 *
 *   npm run bench:restart -- [options]   (builds first), or after a build:
 *   tsx tests/bench/restart-bench.ts [--models models/movenet-lightning.json,...] [--restarts 5]
 *                                    [--clip plank-rooftop-good-2.mp4] [--json out.json]
 */
import { chromium, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { pinModel } from '../e2e/coach-page';
import { clipAsCamera, footageClip, missingFootage, REPO_ROOT } from '../e2e/media';
import { poseWorkers } from '../e2e/pose-workers';
import { detectorKind } from '../../src/pose/model-variants';

const PORT = Number(process.env.BENCH_PORT ?? 4304);
const ORIGIN = `http://127.0.0.1:${PORT}`;

const { values: args } = parseArgs({
  options: {
    models: {
      type: 'string',
      default: 'models/movenet-lightning.json,models/pose_landmarker_full.task',
    },
    restarts: { type: 'string', default: '5' },
    clip: { type: 'string', default: 'plank-rooftop-good-2.mp4' },
    json: { type: 'string' },
    'out-dir': { type: 'string', default: 'dist' },
  },
});

interface Restart {
  /** From the throw to the crash seen by the page (its console line). */
  noticedMs: number;
  /** From the throw to the new worker's first answered frame. */
  blindMs: number;
  /** The app's own figure: from noticing to the first answer. */
  reloadMs: number;
  load1: number;
  /** The standby worker took over. */
  fromStandby: boolean;
}

const status = (page: Page, name: string) =>
  page.getByTestId('status').getAttribute(name, { timeout: 5000 });

async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms (last ${String(value)})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function restartsOf(model: string, camera: string, count: number): Promise<Restart[]> {
  const browser = await chromium.launch(chromiumLaunchOptions(camera));
  try {
    const page = await browser.newPage({ baseURL: ORIGIN, serviceWorkers: 'block' });
    await pinModel(page, model);
    await page.goto('/#coach');
    await page.getByTestId('start-camera').click();
    const frames = () => page.getByTestId('skeleton').getAttribute('data-processed-frames');
    await waitFor(frames, (v) => Number(v) >= 5, 120_000);
    const restarts: Restart[] = [];
    let fromStandby = false;
    page.on('console', (m) => {
      if (m.text().includes('the standby pose worker takes over')) fromStandby = true;
    });
    for (let i = 1; i <= count; i++) {
      if (detectorKind(model) === 'mediapipe') {
        await waitFor(
          async () => (await poseWorkers(page)).standby.length,
          (n) => n === 1,
          60_000,
        ).catch(() => process.stderr.write(`${model}: no standby ready before restart ${i}\n`));
      }
      fromStandby = false;
      const noticed = page.waitForEvent('console', {
        predicate: (m) => m.text().includes('restarting the pose worker'),
        timeout: 60_000,
      });
      const thrownAt = await (
        await poseWorkers(page)
      ).running[0]!.evaluate(() => {
        const at = Date.now() + 50;
        setTimeout(() => {
          throw new Error('simulated crash');
        }, 50);
        return at;
      });
      await noticed;
      const noticedMs = Date.now() - thrownAt;
      await waitFor(
        () => status(page, 'data-restarts'),
        (v) => v === String(i),
        120_000,
      );
      // The restart's figure is set by the new worker's first answered frame.
      await waitFor(
        () => status(page, 'data-restart-ms'),
        (v) => !!v && v !== String(restarts.at(-1)?.reloadMs ?? ''),
        120_000,
      );
      const blindMs = Date.now() - thrownAt;
      const reloadMs = Number(await status(page, 'data-restart-ms'));
      restarts.push({ noticedMs, blindMs, reloadMs, load1: loadavg()[0]!, fromStandby });
      process.stderr.write(
        `${model} restart ${i}: noticed ${noticedMs} ms, blind ${blindMs} ms, reload ${reloadMs} ms, load ${loadavg()[0]!.toFixed(1)}${fromStandby ? ', standby took over' : ''}\n`,
      );
      // Past the pipeline's limit of three restarts a minute, it would give up.
      await new Promise((r) => setTimeout(r, 21_000));
    }
    return restarts;
  } finally {
    await browser.close();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function main(): Promise<void> {
  const clip = footageClip(args.clip!);
  if (!clip) throw new Error(missingFootage(args.clip!));
  const camera = clipAsCamera(clip);
  const count = Number(args.restarts);
  const server = await preview({
    root: REPO_ROOT,
    logLevel: 'warn',
    build: { outDir: args['out-dir'] },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
  const results: Record<string, Restart[]> = {};
  try {
    for (const model of args.models!.split(','))
      results[model] = await restartsOf(model, camera, count);
  } finally {
    await server.close();
  }
  if (args.json)
    writeFileSync(
      args.json,
      JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n',
    );
  console.log(
    '\n| model | restarts (by the standby) | crash to first new frame, median (min-max) | reload median | noticed median | load 1 min |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [model, rs] of Object.entries(results)) {
    const blind = rs.map((r) => r.blindMs);
    const loads = rs.map((r) => r.load1);
    console.log(
      `| ${model.split('/').pop()} | ${rs.length} (${rs.filter((r) => r.fromStandby).length}) | ${median(blind)} ms (${Math.min(...blind)}-${Math.max(...blind)}) | ` +
        `${median(rs.map((r) => r.reloadMs))} ms | ${median(rs.map((r) => r.noticedMs))} ms | ` +
        `${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
