/**
 * Browser side of the benchmark: two ways to run the same model on the same fake camera.
 * - app: the app's own pipeline, LiveSession + openCamera + frame pump + pose worker + smoothing,
 *   drawing the skeleton on each result, as the coach page wires it;
 * - baseline: the usual sample approach, PoseLandmarker.detectForVideo on the main thread inside a
 *   requestVideoFrameCallback loop, drawing the same skeleton.
 * Main-thread time is metered around our steps: every createImageBitmap call (the frame grab), the
 * call that hands a frame to the worker, and result handling up to the drawn skeleton.
 */
import { FilesetResolver, PoseLandmarker } from '@mediapipe/tasks-vision';
import { toPoses } from '../../src/pose/landmarker-result';
import { LiveSession, type Estimator } from '../../src/pose/live-session';
import { MonotonicClock } from '../../src/pose/monotonic-clock';
import {
  createPoseEstimator,
  WASM_PATH,
  type PoseDetection,
  type PoseEstimator,
} from '../../src/pose/pose-estimator';
import { sameOriginOnly } from '../../src/pose/same-origin-fetch';
import { openCamera } from '../../src/pose/sources/camera-source';
import { drawSkeleton } from '../../src/ui/coach/skeleton-drawing';
import type { BenchApi, BenchDelegate, SegmentRecord } from './bench-api';

/** The app looks for two people (to warn about a second one); the baseline must do the same work. */
const NUM_POSES = 2;
const CAMERA = { width: 640, height: 480 };
/** Longest warm-up: software GL can take many seconds for its first frames. */
const MAX_WARMUP_MS = 60_000;
/** Results to see before recording: the first frames set up the graph and (on GPU) shaders. */
const WARMUP_FRAMES = 3;

/** The app's pipeline opens and closes the camera itself, in its own video element. */
const appVideo = document.querySelector<HTMLVideoElement>('#app-video')!;
/** The baseline reads its own long-running camera stream. */
const benchVideo = document.querySelector<HTMLVideoElement>('#bench-video')!;
const context = document.querySelector('canvas')!.getContext('2d')!;

// The baseline's landmarker runs here and, like every tasks-vision landmarker, posts usage logs to
// Google; refused as the app's worker refuses them, so that what the driver still sees blocked
// would come from the app.
window.fetch = sameOriginOnly(window.fetch.bind(window), location.origin);

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: 'longtask',
});

/** Meters every frame grab, whoever makes it (the app's camera source calls createImageBitmap). */
let onGrab: ((ms: number) => void) | undefined;
const nativeCreateImageBitmap = window.createImageBitmap.bind(window) as (
  ...args: unknown[]
) => Promise<ImageBitmap>;
window.createImageBitmap = ((...args: unknown[]) => {
  const start = performance.now();
  const bitmap = nativeCreateImageBitmap(...args);
  onGrab?.(performance.now() - start);
  return bitmap;
}) as typeof createImageBitmap;

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
    inferenceMs: [],
    latencyMs: [],
    mainThreadMs: 0,
    mainThreadPartsMs: {},
    grabs: 0,
    longTasksMs: [],
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface RunningPipeline {
  stop(): Promise<void>;
}

/**
 * Starts a pipeline, lets it warm up for at least warmupMs and WARMUP_FRAMES results, then records
 * durationMs. The pipeline writes into `record()`, which is swapped for a fresh record after the
 * warm-up and again at the end (so that what arrives while stopping is not counted).
 */
async function timed(
  warmupMs: number,
  durationMs: number,
  start: (record: () => SegmentRecord) => RunningPipeline,
): Promise<SegmentRecord> {
  let record = newRecord();
  const running = start(() => record);
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
  record = newRecord();
  await running.stop();
  done.wallMs = end - begin;
  done.longTasksMs = longTasks
    .filter((t) => t.startTime >= begin && t.startTime < end)
    .map((t) => t.duration);
  return done;
}

/** Adds main-thread time spent in one step to the record's total and to the step's own sum. */
function spent(record: SegmentRecord, step: string, ms: number): void {
  record.mainThreadMs += ms;
  record.mainThreadPartsMs[step] = (record.mainThreadPartsMs[step] ?? 0) + ms;
}

/** A result drawn: counts it, its inference time and its latency from the frame's callback. */
function recordResult(r: SegmentRecord, detection: PoseDetection, drawnAt: number): void {
  r.processed++;
  if (detection.poses.length > 0) r.detected++;
  r.inferenceMs.push(detection.inferenceMs);
  r.latencyMs.push(drawnAt - detection.timestampMs);
}

/** Counts the frames a video presents, from requestVideoFrameCallback's running total. */
function countPresentedFrames(video: HTMLVideoElement, record: () => SegmentRecord): () => void {
  let last = -1;
  let handle = 0;
  const onFrame: VideoFrameRequestCallback = (_, metadata) => {
    if (last >= 0) record().presentedFrames += metadata.presentedFrames - last;
    last = metadata.presentedFrames;
    handle = video.requestVideoFrameCallback(onFrame);
  };
  handle = video.requestVideoFrameCallback(onFrame);
  return () => video.cancelVideoFrameCallback(handle);
}

/** When the worker's latest answer reached the main thread, before anything else handled it. */
let answeredAt = 0;

/**
 * The loaded estimator with its frame hand-over metered and its answers time-stamped (closing is
 * left to closeAll()). `track` gets each answer, settled either way, so a run can wait for it.
 */
function meteredEstimator(
  current: PoseEstimator,
  record: () => SegmentRecord,
  track: (answer: Promise<unknown>) => void,
): Estimator {
  return {
    delegate: current.delegate,
    delegateReason: current.delegateReason,
    modelLoadMs: current.modelLoadMs,
    detect(bitmap, timestampMs) {
      const start = performance.now();
      const sent = current.detect(bitmap, timestampMs);
      spent(record(), 'handOver', performance.now() - start);
      const answered = sent.then((detection) => {
        answeredAt = performance.now();
        return detection;
      });
      track(answered.catch(() => undefined));
      return answered;
    },
    close() {},
  };
}

const bench: BenchApi = {
  async startCamera() {
    benchVideo.srcObject = await navigator.mediaDevices.getUserMedia({
      video: CAMERA,
      audio: false,
    });
    await benchVideo.play();
    return { width: benchVideo.videoWidth, height: benchVideo.videoHeight };
  },

  async loadWorker(delegate: BenchDelegate, modelPath: string) {
    estimator?.close();
    const start = performance.now();
    estimator = await createPoseEstimator({ modelUrl: url(modelPath), delegate });
    return {
      mainThreadMs: Math.round(performance.now() - start),
      workerReportedMs: Math.round(estimator.modelLoadMs),
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
    return { mainThreadMs: Math.round(performance.now() - start), delegate };
  },

  runWorker(warmupMs, durationMs) {
    const current = estimator;
    if (!current) throw new Error('loadWorker() must run first');
    return timed(warmupMs, durationMs, (record) => {
      let inFlight: Promise<unknown> = Promise.resolve();
      const metered = meteredEstimator(current, record, (answer) => (inFlight = answer));
      const session = new LiveSession({
        createEstimator: () => Promise.resolve(metered),
        modelUrl: current.modelUrl,
        onStatus: () => undefined,
        onPoseFrame(frame) {
          drawSkeleton(context, frame);
          const drawnAt = performance.now();
          const r = record();
          recordResult(r, frame, drawnAt);
          // From the worker's answer to the skeleton drawn: pump, smoothing, presence, drawing.
          spent(r, 'results', drawnAt - answeredAt);
        },
      });
      onGrab = (ms) => {
        const r = record();
        r.grabs++;
        spent(r, 'grab', ms);
      };
      const stopCounting = countPresentedFrames(appVideo, record);
      void session.start(() => openCamera(CAMERA, appVideo));
      return {
        async stop() {
          session.stop();
          stopCounting();
          onGrab = undefined;
          await inFlight;
        },
      };
    });
  },

  runBaseline(warmupMs, durationMs) {
    const landmarker = baseline;
    if (!landmarker) throw new Error('loadBaseline() must run first');
    const clock = new MonotonicClock();
    return timed(warmupMs, durationMs, (record) => {
      let handle = 0;
      let stopped = false;
      const stopCounting = countPresentedFrames(benchVideo, record);
      const onFrame: VideoFrameRequestCallback = (now) => {
        if (stopped) return;
        const start = performance.now();
        const result = landmarker.detectForVideo(benchVideo, clock.next(now));
        const detectedAt = performance.now();
        const detection: PoseDetection = {
          timestampMs: now,
          width: benchVideo.videoWidth,
          height: benchVideo.videoHeight,
          poses: toPoses(result),
          inferenceMs: detectedAt - start,
        };
        drawSkeleton(context, detection);
        const drawnAt = performance.now();
        const r = record();
        r.grabs++; // detectForVideo reads the video element itself
        recordResult(r, detection, drawnAt);
        spent(r, 'detect', detectedAt - start);
        spent(r, 'results', drawnAt - detectedAt);
        handle = benchVideo.requestVideoFrameCallback(onFrame);
      };
      handle = benchVideo.requestVideoFrameCallback(onFrame);
      return {
        stop() {
          stopped = true;
          benchVideo.cancelVideoFrameCallback(handle);
          stopCounting();
          return Promise.resolve();
        },
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
