/**
 * Soak: a simulated plank workout on the fake camera looping real footage, with the page's JS
 * heap, the pose worker's memory (JS heap, wasm heaps, tfjs tensors) and the frame rate sampled.
 * In `npm test` it runs SOAK_MINUTES=1 (a short form); `npm run soak` runs the full hour. The model
 * is MediaPipe full (SOAK_MODEL to change): its Tasks API is the one reported to grow elsewhere.
 */
import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { TEST_MODEL, launchWithCamera } from './coach-page';
import { clipAsCamera, footageClip, missingFootage } from './media';
import { openWorkout } from './workout-page';

const CLIP = 'plank-rooftop-good-2.mp4';
const MINUTES = Number(process.env.SOAK_MINUTES ?? 1);
const MODEL = process.env.SOAK_MODEL ?? TEST_MODEL;
/** Samples before this are the warm-up: caches filling, the model's first frames. */
const WARMUP_MS = 20_000;
const SAMPLE_MS = Math.max(3000, Math.round((MINUTES * 60_000) / 120));
const MB = 2 ** 20;

interface Sample {
  atS: number;
  pageHeapMB: number;
  workerWasmMB: number;
  workerHeapMB: number | null;
  tfTensors: number;
  fps: number;
  processed: number;
}

test.setTimeout(MINUTES * 60_000 + 180_000);

test(`soak: ${MINUTES} min of a plank workout keeps memory flat and the frame rate steady`, async ({
  baseURL,
}) => {
  const clip = footageClip(CLIP);
  test.skip(!clip, missingFootage(CLIP));
  const browser = await launchWithCamera(clipAsCamera(clip!), MODEL);
  try {
    const page = await openWorkout(browser, baseURL, 'plank');
    await page.getByTestId('start-camera').click();
    const status = page.getByTestId('status');
    await expect(status).toHaveAttribute('data-phase', 'running', { timeout: 60_000 });
    const started = Date.now();
    const samples: Sample[] = [];
    while (Date.now() - started < MINUTES * 60_000) {
      await page.waitForTimeout(SAMPLE_MS);
      const worker = page.workers()[0]!;
      const memory = await worker.evaluate(() =>
        (
          self as unknown as {
            spineCoachMemory: () => Promise<{
              wasmBytes: number;
              jsHeapBytes?: number;
              tfTensors: number;
            }>;
          }
        ).spineCoachMemory(),
      );
      const pageHeap = await page.evaluate(
        () =>
          (performance as Performance & { memory: { usedJSHeapSize: number } }).memory
            .usedJSHeapSize,
      );
      const sample: Sample = {
        atS: Math.round((Date.now() - started) / 1000),
        pageHeapMB: +(pageHeap / MB).toFixed(1),
        workerWasmMB: +(memory.wasmBytes / MB).toFixed(1),
        workerHeapMB:
          memory.jsHeapBytes === undefined ? null : +(memory.jsHeapBytes / MB).toFixed(1),
        tfTensors: memory.tfTensors,
        fps: Number(await status.getAttribute('data-fps')),
        processed: Number(await page.getByTestId('skeleton').getAttribute('data-processed-frames')),
      };
      samples.push(sample);
      console.log(`[soak] ${JSON.stringify(sample)}`);
    }
    if (process.env.SOAK_JSON)
      writeFileSync(process.env.SOAK_JSON, JSON.stringify(samples, null, 1));

    const settled = samples.filter((s) => s.atS * 1000 >= WARMUP_MS);
    expect(settled.length).toBeGreaterThanOrEqual(4);
    const third = Math.max(1, Math.floor(settled.length / 3));
    const first = settled.slice(0, third);
    const last = settled.slice(-third);
    const min = (xs: number[]) => Math.min(...xs);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const growth = {
      pageHeapMB: min(last.map((s) => s.pageHeapMB)) - min(first.map((s) => s.pageHeapMB)),
      workerWasmMB: last.at(-1)!.workerWasmMB - first[0]!.workerWasmMB,
      fpsFirst: median(first.map((s) => s.fps)),
      fpsLast: median(last.map((s) => s.fps)),
    };
    console.log(`[soak] ${MINUTES} min, model ${MODEL}: ${JSON.stringify(growth)}`);
    // Flat: the heaps' low points do not climb (GC makes the peaks noisy), the wasm heaps, which
    // never shrink, grow by at most one step, and no tensor is left behind.
    await expect(status).toHaveAttribute('data-restarts', '0');
    expect(growth.pageHeapMB).toBeLessThan(10);
    expect(growth.workerWasmMB).toBeLessThanOrEqual(16);
    expect(last.at(-1)!.tfTensors).toBeLessThanOrEqual(first[0]!.tfTensors);
    // Steady: frames keep coming at a comparable rate (the machine is shared, so loosely).
    expect(last.at(-1)!.processed).toBeGreaterThan(first[0]!.processed);
    expect(growth.fpsLast).toBeGreaterThan(0.5 * growth.fpsFirst);
  } finally {
    await browser.close();
  }
});
