/**
 * Browser side of the benchmark. Two pipelines on the same camera: the app's (frames grabbed on the
 * main thread, detected in the pose worker through the frame pump, skeleton drawn on the result)
 * and the usual sample approach (PoseLandmarker.detectForVideo on the main thread inside a
 * requestVideoFrameCallback loop). Both draw the same skeleton, so the main thread does the same
 * work apart from where the model runs.
 */
import { FilesetResolver, PoseLandmarker } from '@mediapipe/tasks-vision';
import { FramePump } from '../../src/pose/frame-pump';
import { toPoses } from '../../src/pose/landmarker-result';
import { MonotonicClock } from '../../src/pose/monotonic-clock';
import {
  createPoseEstimator,
  WASM_PATH,
  type PoseDetection,
  type PoseEstimator,
} from '../../src/pose/pose-estimator';
import { grabFrame } from '../../src/pose/sources/video-frame-loop';
import { drawSkeleton } from '../../src/ui/coach/skeleton-drawing';
import type { BenchApi, BenchDelegate, SegmentRecord } from './bench-api';

/** The app looks for two people (to warn about a second one); the baseline must do the same work. */
const NUM_POSES = 2;

const video = document.querySelector('video')!;
const context = document.querySelector('canvas')!.getContext('2d')!;

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: 'longtask',
});

let estimator: PoseEstimator | undefined;
let baseline: PoseLandmarker | undefined;

function url(path: string): string {
  return new URL(path, location.origin + '/').href;
}

function newRecord(): SegmentRecord {
  return {
    wallMs: 0,
    presentedFrames: 0,
    processed: 0,
    detected: 0,
    pumpDropped: 0,
    inferenceMs: [],
    latencyMs: [],
    mainThreadMs: 0,
    mainThreadPartsMs: {},
    grabs: 0,
    longTasksMs: [],
    latencyFrom: 'callback',
  };
}

/** Longest warm-up: software GL can take many seconds for its first frames. */
const MAX_WARMUP_MS = 60_000;
/** Results to see before recording: the first frames set up the graph and (on GPU) shaders. */
const WARMUP_FRAMES = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `start` for at least warmupMs and WARMUP_FRAMES results, then records durationMs. `start`
 * begins a frame loop that writes into the record it is given (swapped for a fresh one after the
 * warm-up) and returns its stop function.
 */
async function timed(
  warmupMs: number,
  durationMs: number,
  start: (record: () => SegmentRecord) => () => Promise<void>,
): Promise<SegmentRecord> {
  let record = newRecord();
  const stop = start(() => record);
  const warmupStart = performance.now();
  await sleep(warmupMs);
  while (record.processed < WARMUP_FRAMES && performance.now() - warmupStart < MAX_WARMUP_MS) {
    await sleep(100);
  }
  record = newRecord();
  const begin = performance.now();
  await sleep(durationMs);
  const end = performance.now();
  const done = record;
  record = newRecord(); // anything arriving while stopping is not counted
  await stop();
  done.wallMs = end - begin;
  done.longTasksMs = longTasks
    .filter((t) => t.startTime >= begin && t.startTime < end)
    .map((t) => t.duration);
  return done;
}

/** Adds main-thread time spent in one step to the record's total and to the step's own sum. */
function spent(record: SegmentRecord, part: string, ms: number): void {
  record.mainThreadMs += ms;
  record.mainThreadPartsMs[part] = (record.mainThreadPartsMs[part] ?? 0) + ms;
}

/** Counts presented frames from requestVideoFrameCallback's running total. */
function countPresented(record: SegmentRecord, last: { frames: number }, presented: number): void {
  if (last.frames > 0) record.presentedFrames += presented - last.frames;
  last.frames = presented;
}

const bench: BenchApi = {
  async startCamera() {
    video.srcObject = await navigator.mediaDevices.getUserMedia({
      video: { width: 640, height: 480 },
      audio: false,
    });
    await video.play();
    return { width: video.videoWidth, height: video.videoHeight };
  },

  async loadWorker(delegate: BenchDelegate, modelPath: string) {
    estimator?.close();
    const start = performance.now();
    estimator = await createPoseEstimator({ modelUrl: url(modelPath), delegate });
    return {
      mainThreadMs: performance.now() - start,
      workerReportedMs: estimator.modelLoadMs,
      delegate: estimator.delegate,
      delegateReason: estimator.delegateReason,
    };
  },

  async loadBaseline(delegate: BenchDelegate, modelPath: string) {
    baseline?.close();
    const start = performance.now();
    // The usual sample code: the classic (non-module) wasm build, loaded on the main thread.
    const fileset = await FilesetResolver.forVisionTasks(url(WASM_PATH));
    baseline = await PoseLandmarker.createFromOptions(fileset, {
      baseOptions: { modelAssetPath: url(modelPath), delegate },
      runningMode: 'VIDEO',
      numPoses: NUM_POSES,
    });
    return { mainThreadMs: performance.now() - start, delegate };
  },

  runWorker(warmupMs, durationMs) {
    const current = estimator;
    if (!current) throw new Error('loadWorker() must run first');
    return timed(warmupMs, durationMs, (record) => {
      let inFlight: Promise<unknown> = Promise.resolve();
      const pump = new FramePump<ImageBitmap>(
        (bitmap, timestampMs) => {
          const detection = current.detect(bitmap, timestampMs);
          inFlight = detection.catch(() => undefined);
          return detection;
        },
        {
          onResult(detection: PoseDetection) {
            const start = performance.now();
            drawSkeleton(context, detection);
            const end = performance.now();
            const r = record();
            r.processed++;
            if (detection.poses.length > 0) r.detected++;
            r.inferenceMs.push(detection.inferenceMs);
            r.latencyMs.push(end - detection.timestampMs);
            spent(r, 'draw', end - start);
          },
          onError(error) {
            console.error('worker pipeline:', error);
          },
        },
      );
      const last = { frames: 0 };
      let droppedBefore = 0;
      let handle = 0;
      let stopped = false;
      const onFrame: VideoFrameRequestCallback = (now, metadata) => {
        if (stopped) return;
        handle = video.requestVideoFrameCallback(onFrame);
        const start = performance.now();
        const r = record();
        countPresented(r, last, metadata.presentedFrames);
        r.latencyFrom = metadata.captureTime === undefined ? 'callback' : 'captureTime';
        const capturedAt = metadata.captureTime ?? now;
        grabFrame(video).then(
          (bitmap) => {
            const handOver = performance.now();
            pump.offer(bitmap, capturedAt);
            const dropped = pump.stats.dropped;
            record().pumpDropped += dropped - droppedBefore;
            droppedBefore = dropped;
            spent(record(), 'handOver', performance.now() - handOver);
          },
          (error: unknown) => console.error('grab failed:', error),
        );
        r.grabs++;
        spent(r, 'grab', performance.now() - start);
      };
      handle = video.requestVideoFrameCallback(onFrame);
      return async () => {
        stopped = true;
        video.cancelVideoFrameCallback(handle);
        pump.stop();
        await inFlight;
      };
    });
  },

  runWorkerOnDemand(warmupMs, durationMs) {
    const current = estimator;
    if (!current) throw new Error('loadWorker() must run first');
    return timed(warmupMs, durationMs, (record) => {
      const last = { frames: 0 };
      let latestCapture: number | undefined;
      let sentCapture: number | undefined;
      let busy = false;
      let stopped = false;
      let inFlight: Promise<unknown> = Promise.resolve();
      let handle = 0;
      const sendNewest = () => {
        if (busy || stopped || latestCapture === undefined || latestCapture === sentCapture) return;
        busy = true;
        const capturedAt = latestCapture;
        sentCapture = capturedAt;
        const start = performance.now();
        const grabbed = grabFrame(video);
        record().grabs++;
        spent(record(), 'grab', performance.now() - start);
        inFlight = grabbed
          .then((bitmap) => {
            const handOver = performance.now();
            const detection = current.detect(bitmap, capturedAt);
            spent(record(), 'handOver', performance.now() - handOver);
            return detection;
          })
          .then((detection) => {
            if (stopped) return;
            const drawStart = performance.now();
            drawSkeleton(context, detection);
            const end = performance.now();
            const r = record();
            r.processed++;
            if (detection.poses.length > 0) r.detected++;
            r.inferenceMs.push(detection.inferenceMs);
            r.latencyMs.push(end - detection.timestampMs);
            spent(r, 'draw', end - drawStart);
          })
          .catch((error: unknown) => console.error('worker pipeline (on demand):', error))
          .finally(() => {
            busy = false;
            sendNewest();
          });
      };
      const onFrame: VideoFrameRequestCallback = (now, metadata) => {
        if (stopped) return;
        handle = video.requestVideoFrameCallback(onFrame);
        const r = record();
        countPresented(r, last, metadata.presentedFrames);
        r.latencyFrom = metadata.captureTime === undefined ? 'callback' : 'captureTime';
        latestCapture = metadata.captureTime ?? now;
        sendNewest();
      };
      handle = video.requestVideoFrameCallback(onFrame);
      return async () => {
        stopped = true;
        video.cancelVideoFrameCallback(handle);
        await inFlight;
      };
    });
  },

  runBaseline(warmupMs, durationMs) {
    const landmarker = baseline;
    if (!landmarker) throw new Error('loadBaseline() must run first');
    const clock = new MonotonicClock();
    return timed(warmupMs, durationMs, (record) => {
      const last = { frames: 0 };
      let handle = 0;
      let stopped = false;
      const onFrame: VideoFrameRequestCallback = (now, metadata) => {
        if (stopped) return;
        const start = performance.now();
        const r = record();
        countPresented(r, last, metadata.presentedFrames);
        r.latencyFrom = metadata.captureTime === undefined ? 'callback' : 'captureTime';
        const capturedAt = metadata.captureTime ?? now;
        const result = landmarker.detectForVideo(video, clock.next(capturedAt));
        const detected = performance.now();
        const poses = toPoses(result);
        drawSkeleton(context, {
          timestampMs: capturedAt,
          width: video.videoWidth,
          height: video.videoHeight,
          poses,
        });
        const end = performance.now();
        r.processed++;
        if (poses.length > 0) r.detected++;
        r.inferenceMs.push(detected - start);
        r.latencyMs.push(end - capturedAt);
        r.grabs++; // detectForVideo reads the video element itself
        spent(r, 'detect', detected - start);
        spent(r, 'draw', end - detected);
        handle = video.requestVideoFrameCallback(onFrame);
      };
      handle = video.requestVideoFrameCallback(onFrame);
      return () => {
        stopped = true;
        video.cancelVideoFrameCallback(handle);
        return Promise.resolve();
      };
    });
  },

  closeAll() {
    estimator?.close();
    estimator = undefined;
    baseline?.close();
    baseline = undefined;
  },
};

declare global {
  interface Window {
    bench: BenchApi;
  }
}

window.bench = bench;
document.body.dataset.ready = 'true';
