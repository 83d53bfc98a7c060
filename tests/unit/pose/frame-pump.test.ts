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

const flush = () => new Promise((r) => setTimeout(r, 0));

/** A source whose frames record whether (and when) they were grabbed. */
function fakeFrames() {
  const grabbed: number[] = [];
  const bitmaps: FakeBitmap[] = [];
  const frame = (id: number, timestampMs = id * 33) => {
    return async () => {
      grabbed.push(id);
      const bitmap = new FakeBitmap(id);
      bitmaps.push(bitmap);
      return { bitmap, timestampMs };
    };
  };
  return { grabbed, bitmaps, frame };
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
    call.bitmap.close(); // as the worker does
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

describe('FramePump', () => {
  it('grabs and sends a frame at once when the estimator is idle', async () => {
    const est = fakeEstimator();
    const src = fakeFrames();
    const pump = new FramePump(est.detect, { onResult: vi.fn(), onError: vi.fn() });
    void pump.offer(src.frame(1, 10));
    await flush();
    expect(src.grabbed).toEqual([1]);
    expect(est.calls.map((c) => [c.bitmap.id, c.timestampMs])).toEqual([[1, 10]]);
  });

  it('keeps one frame in flight and only the newest waiting; replaced frames are never grabbed', async () => {
    const est = fakeEstimator();
    const src = fakeFrames();
    const onResult = vi.fn();
    const pump = new FramePump(est.detect, { onResult, onError: vi.fn() });
    for (const id of [1, 2, 3, 4]) void pump.offer(src.frame(id));
    await flush();
    expect(est.calls).toHaveLength(1);
    expect(src.grabbed).toEqual([1]);
    expect(pump.stats.dropped).toBe(2);

    await est.answer(0);
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(src.grabbed).toEqual([1, 4]);
    expect(est.calls.map((c) => c.bitmap.id)).toEqual([1, 4]);
    await est.answer(1, 0);
    expect(est.calls).toHaveLength(2);
    expect(pump.stats).toMatchObject({ processed: 2, detected: 1, dropped: 2 });
    expect(src.bitmaps.every((b) => b.closed)).toBe(true);
  });

  it('settles each offer once its frame is analysed or dropped, so a file can wait for it', async () => {
    const est = fakeEstimator();
    const src = fakeFrames();
    const pump = new FramePump(est.detect, { onResult: vi.fn(), onError: vi.fn() });
    const settled: number[] = [];
    for (const id of [1, 2, 3]) void pump.offer(src.frame(id)).then(() => settled.push(id));
    await flush();
    expect(settled).toEqual([2]);
    await est.answer(0);
    expect(settled).toEqual([2, 1]);
    await est.answer(1);
    expect(settled).toEqual([2, 1, 3]);
  });

  it('reports detection errors and goes on with the next frame', async () => {
    const est = fakeEstimator();
    const src = fakeFrames();
    const onError = vi.fn();
    const pump = new FramePump(est.detect, { onResult: vi.fn(), onError });
    void pump.offer(src.frame(1));
    void pump.offer(src.frame(2));
    await flush();
    est.calls[0]!.reject(new Error('boom'));
    await flush();
    expect(onError).toHaveBeenCalledWith(new Error('boom'));
    expect(est.calls.map((c) => c.bitmap.id)).toEqual([1, 2]);
  });

  it('skips a frame whose grab fails (source gone) without reporting an error', async () => {
    const est = fakeEstimator();
    const src = fakeFrames();
    const onError = vi.fn();
    const pump = new FramePump(est.detect, { onResult: vi.fn(), onError });
    const done = pump.offer(() => Promise.reject(new Error('video gone')));
    void pump.offer(src.frame(2));
    await done;
    await flush();
    expect(onError).not.toHaveBeenCalled();
    expect(est.calls.map((c) => c.bitmap.id)).toEqual([2]);
  });

  it('after stop ignores late answers, grabs nothing more and closes a bitmap grabbed too late', async () => {
    const est = fakeEstimator();
    const src = fakeFrames();
    const onResult = vi.fn();
    const pump = new FramePump(est.detect, { onResult, onError: vi.fn() });
    void pump.offer(src.frame(1));
    await flush();
    const waiting = pump.offer(src.frame(2));
    pump.stop();
    await waiting;
    await est.answer(0);
    expect(onResult).not.toHaveBeenCalled();
    await pump.offer(src.frame(3));
    expect(src.grabbed).toEqual([1]);

    let release: () => void = () => undefined;
    const late = new FakeBitmap(9);
    const slowPump = new FramePump(est.detect, { onResult, onError: vi.fn() });
    void slowPump.offer(
      () => new Promise((r) => (release = () => r({ bitmap: late, timestampMs: 0 }))),
    );
    slowPump.stop();
    release();
    await flush();
    expect(late.closed).toBe(true);
    expect(est.calls).toHaveLength(1);
  });

  it('measures fps from answer times and the median inference time', async () => {
    const est = fakeEstimator();
    const src = fakeFrames();
    let now = 0;
    const pump = new FramePump(est.detect, {
      onResult: vi.fn(),
      onError: vi.fn(),
      now: () => now,
    });
    const inference = [30, 50, 40, 100, 45];
    for (const [i, ms] of inference.entries()) {
      void pump.offer(src.frame(i));
      await flush();
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
