import { describe, expect, it, vi, type Mock } from 'vitest';
import type { Pose } from '../../../src/pose/landmarks';
import {
  LiveSession,
  STANDBY_AFTER_MS,
  type Estimator,
  type LiveStatus,
} from '../../../src/pose/live-session';
import { PipelineError } from '../../../src/pose/pipeline-errors';
import type { PoseDetection } from '../../../src/pose/pose-estimator';
import type { FrameSink, FrameSource } from '../../../src/pose/sources/frame-source';

const flush = () => new Promise((r) => setTimeout(r, 0));
const person: Pose = {
  landmarks: [{ x: 0.5, y: 0.5, z: 0, visibility: 1 }],
  worldLandmarks: [{ x: 0, y: 0, z: 0, visibility: 1 }],
};

function fakeBitmap() {
  return { close: vi.fn(), width: 640, height: 480 } as unknown as ImageBitmap;
}

function fakeEstimator(
  peopleAt: (t: number) => number = () => 1,
): Estimator & { close: Mock<() => void> } {
  return {
    delegate: 'CPU',
    delegateReason: 'test',
    modelLoadMs: 1234,
    close: vi.fn<() => void>(),
    async detect(bitmap, timestampMs): Promise<PoseDetection> {
      bitmap.close();
      const poses = Array.from({ length: peopleAt(timestampMs) }, () => person);
      return { timestampMs, width: 640, height: 480, poses, inferenceMs: 40 };
    },
  };
}

function fakeSource(kind: 'camera' | 'file' = 'camera') {
  let sink: FrameSink | undefined;
  const source: FrameSource & { stop: Mock<() => void> } = {
    kind,
    label: 'Fake',
    mirrored: kind === 'camera',
    video: {} as HTMLVideoElement,
    start: (s) => {
      sink = s;
    },
    stop: vi.fn<() => void>(),
  };
  const frame = async (t: number) => {
    void sink!.onFrame(async () => ({ bitmap: fakeBitmap(), timestampMs: t }));
    await flush();
  };
  return { source, frame, sink: () => sink! };
}

function session(estimator: (modelUrl: string) => Promise<Estimator>, now?: () => number) {
  const statuses: LiveStatus[] = [];
  const frames: PoseDetection[] = [];
  const live = new LiveSession({
    createEstimator: estimator,
    modelUrl: '/models/pose_landmarker_full.task',
    onStatus: (s) => statuses.push(s),
    onPoseFrame: (f) => frames.push(f),
    ...(now ? { now } : {}),
  });
  return { live, statuses, frames, last: () => statuses[statuses.length - 1]! };
}

describe('LiveSession', () => {
  it('reports the model and delegate once loaded', async () => {
    const { live, last } = session(async () => fakeEstimator());
    await live.loadModel();
    await flush();
    expect(last()).toMatchObject({ model: 'ready', delegate: 'CPU', modelLoadMs: 1234 });
  });

  it('runs frames through to onPoseFrame and counts detections', async () => {
    const { live, last, frames } = session(async () => fakeEstimator((t) => (t < 100 ? 1 : 0)));
    const cam = fakeSource();
    await live.start(async () => cam.source);
    expect(last()).toMatchObject({ phase: 'running', source: { kind: 'camera', mirrored: true } });
    for (const t of [0, 50, 100, 150]) await cam.frame(t);
    expect(frames.map((f) => f.poses.length)).toEqual([1, 1, 0, 0]);
    expect(last().stats).toMatchObject({ processed: 4, detected: 2 });
  });

  it('warns when nobody is in view for 1.5 s, and clears the warning when someone returns', async () => {
    const { live, last } = session(async () =>
      fakeEstimator((t) => (t >= 1000 && t < 3000 ? 0 : 1)),
    );
    const cam = fakeSource();
    await live.start(async () => cam.source);
    for (let t = 0; t <= 2800; t += 200) await cam.frame(t);
    expect(last().message?.code).toBe('nobody-in-frame');
    await cam.frame(3000);
    expect(last().message).toBeUndefined();
  });

  it('warns about two people', async () => {
    const { live, last } = session(async () => fakeEstimator(() => 2));
    const cam = fakeSource();
    await live.start(async () => cam.source);
    for (let t = 0; t < 200; t += 33) await cam.frame(t);
    expect(last().message?.code).toBe('two-people');
  });

  it('shows the camera failure when the source cannot be opened', async () => {
    const { live, last } = session(async () => fakeEstimator());
    await live.start(async () => {
      throw new PipelineError('camera-permission-denied');
    });
    expect(last()).toMatchObject({
      phase: 'failed',
      message: { code: 'camera-permission-denied' },
    });
  });

  it('stops and reports when the source fails while running', async () => {
    const { live, last } = session(async () => fakeEstimator());
    const cam = fakeSource();
    await live.start(async () => cam.source);
    cam.sink().onError(new PipelineError('camera-unplugged'));
    expect(cam.source.stop).toHaveBeenCalled();
    expect(last()).toMatchObject({ phase: 'failed', message: { code: 'camera-unplugged' } });
  });

  it('shows a model failure, closes the opened source, and loads again on the next start', async () => {
    let attempts = 0;
    const { live, last } = session(async () => {
      attempts++;
      if (attempts === 1) throw new PipelineError('model-load-failed', 'HTTP 404');
      return fakeEstimator();
    });
    const first = fakeSource();
    await live.start(async () => first.source);
    await flush();
    expect(last()).toMatchObject({ model: 'failed', message: { code: 'model-load-failed' } });
    expect(first.source.stop).toHaveBeenCalled();
    const second = fakeSource();
    await live.start(async () => second.source);
    expect(last()).toMatchObject({ model: 'ready', phase: 'running' });
    expect(last().message).toBeUndefined();
  });

  it('marks a file that played to its end as ended', async () => {
    const { live, last } = session(async () => fakeEstimator());
    const file = fakeSource('file');
    await live.start(async () => file.source);
    expect(last().source?.mirrored).toBe(false);
    file.sink().onEnded?.();
    expect(last().phase).toBe('ended');
  });

  it('a new start stops the previous source; dispose ends the worker', async () => {
    const estimator = fakeEstimator();
    const { live } = session(async () => estimator);
    const a = fakeSource();
    await live.start(async () => a.source);
    const b = fakeSource('file');
    await live.start(async () => b.source);
    expect(a.source.stop).toHaveBeenCalled();
    live.dispose();
    await flush();
    expect(b.source.stop).toHaveBeenCalled();
    expect(estimator.close).toHaveBeenCalled();
  });

  it('switches model: stops the source, closes the old worker and loads the new file', async () => {
    const loaded: string[] = [];
    const estimators: ReturnType<typeof fakeEstimator>[] = [];
    const { live, last } = session(async (url) => {
      loaded.push(url);
      const estimator = fakeEstimator();
      estimators.push(estimator);
      return estimator;
    });
    const cam = fakeSource();
    await live.start(async () => cam.source);
    expect(last().modelName).toBe('pose_landmarker_full');
    await live.useModel('/models/pose_landmarker_lite.task');
    await flush();
    expect(loaded).toEqual([
      '/models/pose_landmarker_full.task',
      '/models/pose_landmarker_lite.task',
    ]);
    expect(cam.source.stop).toHaveBeenCalled();
    expect(estimators[0]!.close).toHaveBeenCalled();
    expect(last()).toMatchObject({
      model: 'ready',
      modelName: 'pose_landmarker_lite',
      phase: 'idle',
    });
  });

  it('ignores a model that finishes loading after another was chosen', async () => {
    const slow = fakeEstimator();
    let releaseSlow: (e: Estimator) => void = () => undefined;
    const { live, last } = session((url) =>
      url.includes('heavy')
        ? new Promise<Estimator>((resolve) => (releaseSlow = resolve))
        : Promise.resolve(fakeEstimator()),
    );
    void live.useModel('/models/pose_landmarker_heavy.task');
    await live.useModel('/models/pose_landmarker_lite.task');
    releaseSlow(slow);
    await flush();
    expect(slow.close).toHaveBeenCalled();
    expect(last()).toMatchObject({ model: 'ready', modelName: 'pose_landmarker_lite' });
  });
});

describe('LiveSession when the worker fails', () => {
  it('restarts on a fresh worker, keeps the source and the consumer, and says so', async () => {
    let broken = true;
    const fresh: boolean[] = [];
    const failing: Estimator = {
      ...fakeEstimator(),
      detect: async (bitmap) => {
        bitmap.close();
        if (broken) throw new PipelineError('worker-failed', 'no answer in 1500 ms');
        throw new Error('unreachable');
      },
    };
    const { live, last, frames } = session(async (_url) => {
      const first = fresh.length === 0;
      fresh.push(!first);
      return first ? failing : fakeEstimator();
    });
    const cam = fakeSource();
    await live.start(async () => cam.source);
    await cam.frame(0);
    await flush();
    broken = false;
    expect(last()).toMatchObject({ phase: 'running', restarts: 1 });
    expect(last().message?.code).toBe('tracking-restarted');
    expect(fresh).toEqual([false, true]);
    expect(cam.source.stop).not.toHaveBeenCalled();
    for (const t of [100, 150, 200]) await cam.frame(t);
    expect(frames.map((f) => f.timestampMs)).toEqual([100, 150, 200]);
    // The notice stays over the camera warnings for a few seconds.
    expect(last().message?.code).toBe('tracking-restarted');
  });

  it('times the restart from the failure to the new worker’s first answer', async () => {
    let clock = 1000;
    const failing: Estimator = {
      ...fakeEstimator(),
      detect: async (bitmap) => {
        bitmap.close();
        throw new PipelineError('worker-failed', 'worker script failed');
      },
    };
    let calls = 0;
    const { live, last } = session(
      async () => (calls++ === 0 ? failing : fakeEstimator()),
      () => clock,
    );
    const cam = fakeSource();
    await live.start(async () => cam.source);
    await cam.frame(0);
    await flush();
    expect(last().restartMs).toBeUndefined();
    clock = 1800;
    await cam.frame(100);
    expect(last().restartMs).toBe(800);
    clock = 5000;
    await cam.frame(200);
    expect(last().restartMs).toBe(800);
  });

  it('gives up after three restarts within a minute', async () => {
    const failing: Estimator = {
      ...fakeEstimator(),
      detect: async (bitmap) => {
        bitmap.close();
        throw new PipelineError('worker-failed', 'model threw');
      },
    };
    const { live, last } = session(async () => failing);
    const cam = fakeSource();
    await live.start(async () => cam.source);
    for (let t = 0; t < 5; t++) {
      await cam.frame(t * 10);
      await flush();
    }
    expect(last()).toMatchObject({ phase: 'failed', restarts: 3 });
    expect(last().message?.code).toBe('worker-failed');
    expect(cam.source.stop).toHaveBeenCalled();
  });
});

describe('LiveSession and the standby worker', () => {
  it('asks for a standby once tracking has answered for STANDBY_AFTER_MS, once, and again after a restart', async () => {
    let clock = 0;
    let failNext = false;
    const asked: number[] = [];
    const made: boolean[] = [];
    const { live, last } = session(
      async (_url) => {
        made.push(true);
        const estimator = fakeEstimator();
        return {
          ...estimator,
          prepareStandby: async () => void asked.push(clock),
          detect: async (bitmap, t) => {
            if (failNext) {
              failNext = false;
              bitmap.close();
              throw new PipelineError('worker-failed', 'worker script failed');
            }
            return estimator.detect(bitmap, t);
          },
        };
      },
      () => clock,
    );
    const cam = fakeSource();
    await live.start(async () => cam.source);
    // The first answer starts the clock: nothing is asked for while the start is young.
    clock = 5000;
    await cam.frame(0);
    clock = 5000 + STANDBY_AFTER_MS - 1;
    await cam.frame(100);
    expect(asked).toEqual([]);
    clock = 5000 + STANDBY_AFTER_MS;
    await cam.frame(200);
    clock = 30_000;
    await cam.frame(300);
    expect(asked).toEqual([5000 + STANDBY_AFTER_MS]);

    // A restart (the standby took over): a new standby once the new worker runs steady.
    failNext = true;
    await cam.frame(400);
    await flush();
    expect(last().restarts).toBe(1);
    expect(made).toHaveLength(2);
    clock = 31_000;
    await cam.frame(500);
    clock = 31_000 + STANDBY_AFTER_MS - 1;
    await cam.frame(600);
    expect(asked).toHaveLength(1);
    clock = 31_000 + STANDBY_AFTER_MS;
    await cam.frame(700);
    expect(asked).toEqual([5000 + STANDBY_AFTER_MS, 31_000 + STANDBY_AFTER_MS]);
  });

  it('a standby that cannot be made does not disturb tracking', async () => {
    let clock = 0;
    const { live, last, frames } = session(
      async () => ({
        ...fakeEstimator(),
        prepareStandby: () => Promise.reject(new Error('Worker: out of memory')),
      }),
      () => clock,
    );
    const cam = fakeSource();
    await live.start(async () => cam.source);
    await cam.frame(0);
    clock = STANDBY_AFTER_MS;
    await cam.frame(100);
    await flush();
    clock += 100;
    await cam.frame(200);
    expect(last()).toMatchObject({ phase: 'running', restarts: 0 });
    expect(frames).toHaveLength(3);
  });
});

describe('LiveSession with the automatic model setting', () => {
  function memoryStore() {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
  }

  /**
   * Candidates answering instantly at `fpsOf` frames a second of fake time (0: cannot load;
   * negative: every frame fails, as one the watchdog gave up on), asked at each frame;
   * `failsToLoad` overrides which loads fail, by URL and how many loads came before.
   */
  async function autoRun(
    fpsOf: (url: string) => number,
    pageStore = memoryStore(),
    failsToLoad = (url: string, _before: number) => fpsOf(url) === 0,
  ) {
    let clock = 0;
    const loads: string[] = [];
    const store = memoryStore();
    const statuses: LiveStatus[] = [];
    const frames: PoseDetection[] = [];
    const live = new LiveSession({
      createEstimator: async (url) => {
        if (failsToLoad(url, loads.length)) {
          loads.push(url);
          throw new PipelineError('model-invalid');
        }
        loads.push(url);
        return {
          ...fakeEstimator(),
          detect: async (bitmap, timestampMs) => {
            bitmap.close();
            const fps = fpsOf(url);
            clock += 1000 / Math.abs(fps);
            if (fps < 0) throw new PipelineError('worker-failed', 'no answer in 6000 ms');
            return { timestampMs, width: 640, height: 480, poses: [person], inferenceMs: 1 };
          },
        };
      },
      modelUrl: 'auto',
      onStatus: (s) => statuses.push(s),
      onPoseFrame: (f) => frames.push(f),
      now: () => clock,
      store,
      pageStore,
      autoTimingMs: 50,
    });
    const cam = fakeSource();
    const started = live.start(async () => cam.source);
    let t = 0;
    const feeding = setInterval(() => void cam.frame((t += 10)), 1);
    await started;
    clearInterval(feeding);
    const feed = async (count: number) => {
      for (let i = 0; i < count; i++) await cam.frame((t += 10));
    };
    return {
      live,
      loads,
      store,
      pageStore,
      statuses,
      frames,
      feed,
      last: () => statuses[statuses.length - 1]!,
    };
  }

  it('times candidates most accurate first, stops at the first keeping 15 fps, and remembers it', async () => {
    const run = await autoRun((url) => (url.includes('full') ? 8 : 20));
    // Full is loaded while the camera opens, then timed (the worker holds it by then), then
    // Thunder; the chosen model is loaded once more to make it the worker's active one.
    expect(run.loads).toEqual([
      'models/pose_landmarker_full.task',
      'models/pose_landmarker_full.task',
      'models/movenet-thunder.json',
      'models/movenet-thunder.json',
    ]);
    expect(run.last().modelName).toBe('movenet-thunder');
    expect(run.last().choice).toMatch(/chosen on this device: MoveNet Thunder .* fps/);
    expect(run.last().choice).toMatch(/MediaPipe Full 8\.0 fps: too slow/);
    expect(JSON.parse(run.store.getItem('spine-coach:auto-pose-model')!).id).toBe(
      'movenet-thunder',
    );
    // Timing frames never reach the form engine.
    expect(run.frames).toHaveLength(0);
  });

  it('skips a candidate that cannot load and takes the fastest when none keeps up', async () => {
    const run = await autoRun((url) =>
      url.includes('thunder') ? 0 : url.includes('lightning') ? 12 : 6,
    );
    expect(run.last().modelName).toBe('movenet-lightning');
    expect(run.last().choice).toMatch(/none keeps 15 fps/);
    expect(run.last().phase).toBe('running');
  });

  it('a candidate whose frames time out is timed at 0 fps; the session does not fail', async () => {
    const run = await autoRun((url) => (url.includes('full') ? -5 : 20));
    expect(run.last().modelName).toBe('movenet-thunder');
    expect(run.last().phase).toBe('running');
    expect(run.last().restarts).toBe(0);
  });

  it('on a machine too busy for any candidate to answer, runs the lightest unmeasured, for this page only', async () => {
    const run = await autoRun(() => -2);
    expect(run.last().phase).toBe('running');
    expect(run.last().modelName).toBe('movenet-lightning');
    expect(run.last().choice).toBe(
      'machine busy: chose MoveNet Lightning without a measurement (no model answered in time); timed again when the machine catches up',
    );
    expect(run.last().restarts).toBe(0);
    // Not remembered for the device as a measured choice; kept for the page.
    expect(run.store.getItem('spine-coach:auto-pose-model')).toBeNull();
    expect(run.pageStore.getItem('spine-coach:auto-pose-model')).toContain('movenet-lightning');

    // The page's next exercise runs it without timing every candidate again.
    const next = await autoRun(() => -2, run.pageStore);
    expect(next.loads).toEqual(['models/movenet-lightning.json']);
    expect(next.last().choice).toMatch(/^machine busy: chose MoveNet Lightning/);
  });

  it('in the busy fallback, skips a model that failed to load for the next lightest', async () => {
    const run = await autoRun((url) => (url.includes('lightning') ? 0 : -2));
    expect(run.last().phase).toBe('running');
    expect(run.last().modelName).toBe('pose_landmarker_lite');
    expect(run.last().choice).toMatch(/^machine busy: chose MediaPipe Lite without a measurement/);
  });

  it('keeps the error when no candidate could load to be timed', async () => {
    // The first model loads while the camera opens; then every candidate fails to load.
    const run = await autoRun(
      () => -2,
      memoryStore(),
      (_url, before) => before > 0,
    );
    expect(run.loads).toHaveLength(5);
    expect(run.last().phase).toBe('failed');
    expect(run.last().message?.code).toBe('model-load-failed');
    expect(run.pageStore.getItem('spine-coach:auto-pose-model')).toBeNull();
  });

  it('drops the busy fallback once the machine catches up, so the next start times again', async () => {
    let busy = true;
    const run = await autoRun(() => (busy ? -2 : 20));
    expect(run.last().modelName).toBe('movenet-lightning');
    busy = false;
    // 20 fps of fake time: 10 s of keeping up is 200 frames, plus the 2 s the fps figure needs.
    await run.feed(260);
    expect(run.last().choice).toMatch(/now 20\.0 fps, caught up: timed at the next start$/);
    expect(run.pageStore.getItem('spine-coach:auto-pose-model')).toBeNull();
    // The frames of the running model reach the form engine; the timing frames did not.
    expect(run.frames.length).toBeGreaterThan(200);

    const next = await autoRun(() => 20, run.pageStore);
    expect(next.loads[0]).toBe('models/pose_landmarker_full.task');
    expect(next.last().choice).toMatch(/^chosen on this device: MediaPipe Full 20\.0 fps/);
  });
});
