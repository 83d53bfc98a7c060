/**
 * Pose pipeline benchmark: the app's worker pipeline against the usual main-thread sample, side by
 * side in one run, in headless Chromium on a real clip played by the fake camera.
 *
 *   npm run bench -- [--clip cat-cow-sheet.mp4] [--seconds 24] [--segments 2] [--gpu-seconds 8]
 *                    [--model models/pose_landmarker_full.task] [--json out.json]
 *                    [--backends lite,full,movenet-lightning,movenet-thunder] [--backend-seconds 10]
 *
 * --seconds is recorded time per pipeline on the CPU delegate, split into --segments stretches that
 * alternate the app's own pipeline (LiveSession, camera source, frame pump, pose worker) and the
 * main-thread baseline, so that both see the same machine load. See bench-page.ts for what is
 * metered. GPU gets one stretch of
 * --gpu-seconds each (0 skips it): without a GPU, Chromium's software GL takes most of a second a
 * frame. FOOTAGE_DIR locates the footage (default ../shared/footage).
 *
 * Then every model of --backends (MediaPipe variants and MoveNet on tfjs) runs in the app's
 * pipeline for --backend-seconds, each in a fresh page (so its cold load includes starting the
 * worker and compiling its wasm), loaded once more in the same page for the warm figure.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { clipAsCamera, footageClip, missingFootage, REPO_ROOT } from '../e2e/media';
import type { BenchDelegate, SegmentRecord } from './bench-api';
import { summarise, type PipelineSummary } from './summarise';
import { printTable, type DelegateResult, type Ratios } from './print-table';
import { backendTableLines, type BackendResult } from './backend-table';
import { MODEL_VARIANTS, type ModelVariantId } from '../../src/pose/model-variants';

const PORT = Number(process.env.BENCH_PORT ?? 4304);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const WARMUP_MS = 2000;
/** The first GPU frames compile shaders; give them longer before recording. */
const GPU_WARMUP_MS = 4000;

const { values: args } = parseArgs({
  options: {
    clip: { type: 'string', default: process.env.BENCH_CLIP ?? 'cat-cow-sheet.mp4' },
    seconds: { type: 'string', default: '24' },
    segments: { type: 'string', default: '2' },
    'gpu-seconds': { type: 'string', default: '8' },
    model: { type: 'string', default: 'models/pose_landmarker_full.task' },
    json: { type: 'string' },
    backends: { type: 'string', default: 'lite,full,movenet-lightning,movenet-thunder' },
    'backend-seconds': { type: 'string', default: '10' },
  },
});

function backendList(value: string | undefined): { id: ModelVariantId; path: string }[] {
  return (value ?? '')
    .split(',')
    .filter(Boolean)
    .map((id) => {
      const variant = MODEL_VARIANTS.find((v) => v.id === id);
      if (!variant) {
        throw new Error(
          `--backends: unknown ${id} (${MODEL_VARIANTS.map((v) => v.id).join(', ')})`,
        );
      }
      return variant;
    });
}

/** Each backend in the app's pipeline, in a fresh page: cold and warm load, then a timed run. */
async function runBackends(
  browser: Browser,
  blocked: Set<string>,
  backends: { id: ModelVariantId; path: string }[],
  seconds: number,
): Promise<BackendResult[]> {
  const results: BackendResult[] = [];
  for (const { id, path } of backends) {
    process.stderr.write(`backend ${id}\n`);
    const page = await openBenchPage(browser, blocked);
    try {
      const cold = await loadWorker(page, 'CPU', path);
      const warm = await loadWorker(page, 'CPU', path);
      const summary = summarise([await runWorker(page, WARMUP_MS, seconds * 1000)]);
      results.push({ backend: id, load: { cold, warm }, summary });
    } finally {
      await page.evaluate(() => window.bench.closeAll());
      await page.context().close();
    }
  }
  return results;
}

function positive(name: string, value: string | undefined, allowZero = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) {
    throw new Error(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number.`);
  }
  return n;
}

/**
 * Requests to other hosts are refused and reported: the page already refuses the baseline's usage
 * logs, so any host listed comes from the app's pipeline.
 */
async function keepRequestsLocal(context: BrowserContext, blocked: Set<string>): Promise<void> {
  await context.route(
    (url) => url.origin !== ORIGIN,
    async (route) => {
      blocked.add(new URL(route.request().url()).host);
      await route.abort('blockedbyclient');
    },
  );
}

async function openBenchPage(browser: Browser, blocked: Set<string>): Promise<Page> {
  const context = await browser.newContext();
  await keepRequestsLocal(context, blocked);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`bench page: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    // MediaPipe's own logging goes to console.error; blocked hosts are reported in the JSON.
    if (message.type() !== 'error' || /^(INFO:|[IW]\d{4} )|ERR_BLOCKED_BY_CLIENT/.test(text))
      return;
    console.error(`bench page: ${text}`);
  });
  await page.goto(`${ORIGIN}/tests/bench/bench.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
  return page;
}

const loadWorker = (page: Page, delegate: BenchDelegate, model: string) =>
  page.evaluate(([d, m]) => window.bench.loadWorker(d, m), [delegate, model] as const);
const loadBaseline = (page: Page, delegate: BenchDelegate, model: string) =>
  page.evaluate(([d, m]) => window.bench.loadBaseline(d, m), [delegate, model] as const);
const runWorker = (page: Page, warmupMs: number, durationMs: number) =>
  page.evaluate(([w, d]) => window.bench.runWorker(w, d), [warmupMs, durationMs] as const);
const runBaseline = (page: Page, warmupMs: number, durationMs: number) =>
  page.evaluate(([w, d]) => window.bench.runBaseline(w, d), [warmupMs, durationMs] as const);

function ratios(worker: PipelineSummary, baseline: PipelineSummary): Ratios {
  const blockingBase = baseline.longTasks.totalBlockingMs;
  return {
    fpsWorkerToBaseline: Number((worker.fps / baseline.fps).toFixed(2)),
    blockingWorkerToBaseline: blockingBase
      ? Number((worker.longTasks.totalBlockingMs / blockingBase).toFixed(3))
      : Number.NaN,
  };
}

interface Runs {
  worker: SegmentRecord[];
  baseline: SegmentRecord[];
}

/** Runs the pipelines in turn, segment after segment, so that all see the same machine load. */
async function alternate(
  page: Page,
  segments: number,
  warmupMs: number,
  segmentMs: number,
  label: string,
): Promise<Runs> {
  const runs: Runs = { worker: [], baseline: [] };
  for (let i = 0; i < segments; i++) {
    const step = `${label} ${i + 1}/${segments}:`;
    process.stderr.write(`${step} app (worker)\n`);
    runs.worker.push(await runWorker(page, warmupMs, segmentMs));
    process.stderr.write(`${step} baseline\n`);
    runs.baseline.push(await runBaseline(page, warmupMs, segmentMs));
  }
  return runs;
}

async function main(): Promise<void> {
  const seconds = positive('seconds', args.seconds);
  const segments = Math.round(positive('segments', args.segments));
  const gpuSeconds = positive('gpu-seconds', args['gpu-seconds'], true);
  const model = args.model;
  const clip = footageClip(args.clip);
  if (!clip) throw new Error(`${missingFootage(args.clip)}; the benchmark needs a real clip.`);
  const camera = clipAsCamera(clip);

  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  const blocked = new Set<string>();
  try {
    // A production build of the bench page, served as the app would be (cache validators, no
    // dev-server compiling on first request), so that load times are the browser's.
    process.stderr.write('building the bench page\n');
    const outDir = resolve(REPO_ROOT, '.cache/bench-dist');
    const configFile = resolve(REPO_ROOT, 'vite.config.ts');
    await build({
      root: REPO_ROOT,
      configFile,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: { input: { bench: resolve(REPO_ROOT, 'tests/bench/bench.html') } },
      },
    });
    server = await preview({
      root: REPO_ROOT,
      configFile,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    });
    browser = await chromium.launch(chromiumLaunchOptions(camera));

    // Cold: first creation in a fresh browser context (empty cache); warm: again in the same page.
    process.stderr.write('load times\n');
    const workerPage = await openBenchPage(browser, blocked);
    const workerCold = await loadWorker(workerPage, 'CPU', model);
    const workerWarm = await loadWorker(workerPage, 'CPU', model);
    const basePage = await openBenchPage(browser, blocked);
    const baseCold = await loadBaseline(basePage, 'CPU', model);
    const baseWarm = await loadBaseline(basePage, 'CPU', model);
    await basePage.context().close();

    const page = workerPage;
    const cameraSize = await page.evaluate(() => window.bench.startCamera());
    await loadBaseline(page, 'CPU', model);
    const segmentMs = (seconds * 1000) / segments;
    const cpuRuns = await alternate(page, segments, WARMUP_MS, segmentMs, 'CPU');
    const cpuWorker = summarise(cpuRuns.worker);
    const cpuBaseline = summarise(cpuRuns.baseline);
    const results: DelegateResult[] = [
      {
        delegate: 'CPU',
        load: {
          worker: { cold: workerCold, warm: workerWarm },
          baseline: { cold: baseCold, warm: baseWarm },
        },
        worker: cpuWorker,
        baseline: cpuBaseline,
        ratios: ratios(cpuWorker, cpuBaseline),
      },
    ];

    let gpuError: string | undefined;
    if (gpuSeconds > 0) {
      try {
        await page.evaluate(() => window.bench.closeAll());
        const gpuWorkerLoad = await loadWorker(page, 'GPU', model);
        const gpuBaseLoad = await loadBaseline(page, 'GPU', model);
        if (gpuWorkerLoad.delegate !== 'GPU') throw new Error(gpuWorkerLoad.delegateReason);
        const gpuRuns = await alternate(page, 1, GPU_WARMUP_MS, gpuSeconds * 1000, 'GPU');
        const worker = summarise(gpuRuns.worker);
        const baseline = summarise(gpuRuns.baseline);
        results.push({
          delegate: 'GPU',
          load: { worker: { warm: gpuWorkerLoad }, baseline: { warm: gpuBaseLoad } },
          worker,
          baseline,
          ratios: ratios(worker, baseline),
        });
      } catch (error) {
        gpuError = error instanceof Error ? error.message : String(error);
      }
    }
    await page.evaluate(() => window.bench.closeAll());
    await page.context().close();

    const backends = await runBackends(
      browser,
      blocked,
      backendList(args.backends),
      positive('backend-seconds', args['backend-seconds']),
    );

    const report = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        kernel: release(),
        browser: `Chromium ${browser.version()} (headless, --disable-gpu)`,
      },
      clip: args.clip,
      camera: cameraSize,
      model,
      numPoses: 2,
      secondsPerPipeline: { cpu: seconds, gpu: gpuSeconds },
      warmupMsPerSegment: { cpu: WARMUP_MS, gpu: GPU_WARMUP_MS },
      results,
      backends,
      ...(gpuError ? { gpuError } : {}),
      requestsToOtherHosts: [...blocked],
    };
    console.log(JSON.stringify(report, null, 2));
    if (args.json) writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
    printTable(results, report);
    console.log(
      `\nPose backends, each in the app's worker pipeline (${args['backend-seconds']} s each):`,
    );
    for (const line of backendTableLines(backends)) console.log(line);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
