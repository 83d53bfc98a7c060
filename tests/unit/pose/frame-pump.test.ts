import { describe, expect, it, vi } from 'vitest';
import { FramePump } from '../../../src/pose/frame-pump';
import type { PoseDetection } from '../../../src/pose/pose-estimator';

class FakeBitmap {
  closed = false;
  constructor(readonly id: number) {}
  close() {
    this.closed = true;
  }
}

/** An estimator whose answers the test releases one by one. */
function fakeEstimator() {
  const calls: {
    bitmap: FakeBitmap;
    timestampMs: number;
    resolve: (d: PoseDetection) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const detect = (bitmap: FakeBitmap, timestampMs: number) =>
    new Promise<PoseDetection>((resolve, reject) =>
      calls.push({ bitmap, timestampMs, resolve, reject }),
    );
  const answer = async (index: number, poses = 1, inferenceMs = 40) => {
    const call = calls[index]!;
    call.resolve({
      timestampMs: call.timestampMs,
      width: 640,
      height: 480,
      poses: Array.from({ length: poses }, () => ({ landmarks: [], worldLandmarks: [] })),
      inferenceMs,
    });
    await flush();
  };
  return { calls, detect, answer };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('FramePump', () => {
  it('sends a frame at once when the estimator is idle', () => {
    const est = fakeEstimator();
    const pump = new FramePump(est.detect, { onResult: vi.fn(), onError: vi.fn() });
    pump.offer(new FakeBitmap(1), 10);
    expect(est.calls.map((c) => c.bitmap.id)).toEqual([1]);
    expect(est.calls[0]!.timestampMs).toBe(10);
  });

  it('keeps one frame in flight and only the newest waiting, closing and counting replaced ones', async () => {
    const est = fakeEstimator();
    const onResult = vi.fn();
    const pump = new FramePump(est.detect, { onResult, onError: vi.fn() });
    const frames = [1, 2, 3, 4].map((id) => new FakeBitmap(id));
    frames.forEach((f, i) => pump.offer(f, i * 33));
    expect(est.calls).toHaveLength(1);
    expect(frames[1]!.closed).toBe(true);
    expect(frames[2]!.closed).toBe(true);
    expect(frames[3]!.closed).toBe(false);
    expect(pump.stats.dropped).toBe(2);

    await est.answer(0);
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(est.calls.map((c) => c.bitmap.id)).toEqual([1, 4]);
    await est.answer(1, 0);
    expect(est.calls).toHaveLength(2);
    expect(pump.stats).toMatchObject({ processed: 2, detected: 1, dropped: 2 });
  });

  it('settles each offer once its frame is analysed or dropped, so a file can wait for it', async () => {
    const est = fakeEstimator();
    const pump = new FramePump(est.detect, { onResult: vi.fn(), onError: vi.fn() });
    const settled: number[] = [];
    pump.offer(new FakeBitmap(1), 0).then(() => settled.push(1));
    pump.offer(new FakeBitmap(2), 33).then(() => settled.push(2));
    pump.offer(new FakeBitmap(3), 66).then(() => settled.push(3));
    await flush();
    expect(settled).toEqual([2]);
    await est.answer(0);
    expect(settled).toEqual([2, 1]);
    await est.answer(1);
    expect(settled).toEqual([2, 1, 3]);
  });

  it('reports errors and goes on with the next frame', async () => {
    const est = fakeEstimator();
    const onError = vi.fn();
    const pump = new FramePump(est.detect, { onResult: vi.fn(), onError });
    pump.offer(new FakeBitmap(1), 0);
    pump.offer(new FakeBitmap(2), 33);
    est.calls[0]!.reject(new Error('boom'));
    await flush();
    expect(onError).toHaveBeenCalledWith(new Error('boom'));
    expect(est.calls.map((c) => c.bitmap.id)).toEqual([1, 2]);
  });

  it('after stop closes what it holds, ignores late answers and closes new frames', async () => {
    const est = fakeEstimator();
    const onResult = vi.fn();
    const pump = new FramePump(est.detect, { onResult, onError: vi.fn() });
    pump.offer(new FakeBitmap(1), 0);
    const waiting = new FakeBitmap(2);
    pump.offer(waiting, 33);
    pump.stop();
    expect(waiting.closed).toBe(true);
    await est.answer(0);
    expect(onResult).not.toHaveBeenCalled();
    const late = new FakeBitmap(3);
    pump.offer(late, 66);
    expect(late.closed).toBe(true);
    expect(est.calls).toHaveLength(1);
  });

  it('measures fps from answer times and the median inference time', async () => {
    const est = fakeEstimator();
    let now = 0;
    const pump = new FramePump(est.detect, { onResult: vi.fn(), onError: vi.fn(), now: () => now });
    const inference = [30, 50, 40, 100, 45];
    for (const [i, ms] of inference.entries()) {
      pump.offer(new FakeBitmap(i), i * 100);
      now = i * 100;
      await est.answer(i, 1, ms);
    }
    // 5 answers 100 ms apart: 10 per second.
    expect(pump.stats.fps).toBeCloseTo(10);
    expect(pump.stats.inferenceMs).toBe(45);
    now = 10_000;
    expect(pump.stats.fps).toBe(0);
  });
});
