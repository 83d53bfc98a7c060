/// <reference lib="webworker" />
/**
 * Runs the pose model off the main thread: MediaPipe's PoseLandmarker or MoveNet on TensorFlow.js,
 * by the model file (`.task` or `.json`). The app keeps one of these workers for its whole life
 * (src/pose/pose-worker-host.ts): loaded detectors stay here, so coming back to a model does not
 * fetch or compile it again. Frames arrive as transferred ImageBitmaps and are always closed here,
 * whatever happens, so a busy or failing worker never leaks GPU memory.
 */
import * as Comlink from 'comlink';
import type { Delegate, DelegateRequest } from './delegate-choice';
import { LoadFailure, type Handover, type PoseDetector } from './detector';
import type { Pose } from './landmarks';
import { detectorKind } from './model-variants';
import type { PipelineErrorCode } from './pipeline-errors';
import type { RestartKit } from './restart-kit';
import { sameOriginOnly } from './same-origin-fetch';
import { watchWasmMemories, workerMemory } from './worker-memory';

// Before any landmarker exists: each would otherwise post usage logs to a Google host.
self.fetch = sameOriginOnly(self.fetch.bind(self), self.location.origin);
watchWasmMemories();
/** For the soak test, which reads it from outside (Playwright's worker.evaluate). */
(self as unknown as { spineCoachMemory: () => Promise<PoseWorkerMemory> }).spineCoachMemory = () =>
  api.memory();

export interface PoseWorkerOptions {
  /** Absolute URL of the model: a .task bundle (MediaPipe) or a tfjs model.json (MoveNet). */
  modelUrl: string;
  /** Absolute URL of the folder holding tasks-vision's wasm files. */
  wasmBaseUrl: string;
  /** Absolute URL of the folder holding tfjs-backend-wasm's .wasm files. */
  tfjsWasmUrl: string;
  delegate: DelegateRequest;
  numPoses: number;
  /**
   * Given when this worker replaces one that failed: what the last worker chose and loaded, so that
   * this one neither probes the delegate nor fetches and compiles again.
   */
  restart?: RestartKit;
  /**
   * Loaded as the standby (pose-worker-host.ts): after loading, one blank frame pays for the
   * graph's first-frame set-up, so a take-over answers its first real frame at full speed.
   */
  standby?: boolean;
}

export type PoseWorkerInitResult =
  | {
      ok: true;
      delegate: Delegate;
      delegateReason: string;
      modelLoadMs: number;
      /** True when this worker had already loaded the model: nothing was fetched or compiled. */
      warm: boolean;
      /** After a cold load without a kit: what the main thread keeps for a restart. */
      handover?: Handover;
    }
  | { ok: false; code: PipelineErrorCode; detail: string };

export interface PoseWorkerDetection {
  timestampMs: number;
  width: number;
  height: number;
  poses: Pose[];
  inferenceMs: number;
}

export interface PoseWorkerMemory {
  /** Tensors and bytes held by tfjs (0 when MoveNet never ran). */
  tfTensors: number;
  tfBytes: number;
  /** Bytes of the worker's WebAssembly memories (MediaPipe's and tfjs's heaps). */
  wasmBytes: number;
  /** Chromium's JS heap of this worker, when the browser reports it. */
  jsHeapBytes?: number;
  /**
   * 'starting' until a model is loaded; then 'standby' for a standby, loaded and warmed, until it
   * is asked to run the model (its take-over), else 'running'.
   */
  role: 'starting' | 'running' | 'standby';
}

interface Loaded {
  detector: PoseDetector;
  key: string;
}

/** Every detector loaded so far, by model and delegate request; `active` answers detect(). */
const loaded = new Map<string, Promise<PoseDetector>>();
let active: Loaded | undefined;
let role: PoseWorkerMemory['role'] = 'starting';

/** One detection on a blank frame; its answer does not matter, only the set-up it triggers. */
async function warmUp(detector: PoseDetector): Promise<void> {
  const canvas = new OffscreenCanvas(640, 480);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#808080';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const frame = canvas.transferToImageBitmap();
  try {
    await detector.detect(frame, 0);
  } finally {
    frame.close();
  }
}

async function loadDetector(options: PoseWorkerOptions): Promise<PoseDetector> {
  if (detectorKind(options.modelUrl) === 'movenet') {
    const { loadMoveNetDetector } = await import('./backends/movenet-detector');
    return loadMoveNetDetector(options);
  }
  const { loadMediaPipeDetector } = await import('./backends/mediapipe-detector');
  return loadMediaPipeDetector(options);
}

const api = {
  async init(options: PoseWorkerOptions): Promise<PoseWorkerInitResult> {
    const start = performance.now();
    const key = `${options.modelUrl} ${options.delegate} ${options.numPoses}`;
    const warm = loaded.has(key);
    try {
      let loading = loaded.get(key);
      if (!loading && detectorKind(options.modelUrl) === 'mediapipe')
        await closeOtherMediaPipe(key);
      if (!loading) {
        loading = loadDetector(options);
        loaded.set(key, loading);
        // A failed load is not kept: the next init tries again.
        loading.catch(() => loaded.delete(key));
      }
      const detector = await loading;
      if (options.standby && !warm) await warmUp(detector);
      // A take-over while the standby was still loading has made it the running worker already.
      role = options.standby && role === 'starting' ? 'standby' : 'running';
      active = { detector, key };
      const handover = warm || options.restart ? undefined : detector.handover;
      const result: PoseWorkerInitResult = {
        ok: true,
        delegate: detector.delegate,
        delegateReason: detector.delegateReason,
        modelLoadMs: performance.now() - start,
        warm,
        handover,
      };
      // The bytes move to the main thread rather than being copied: this worker is done with them.
      const bytes = handover?.modelBytes?.buffer;
      return bytes instanceof ArrayBuffer ? Comlink.transfer(result, [bytes]) : result;
    } catch (error) {
      if (error instanceof LoadFailure)
        return { ok: false, code: error.code, detail: error.message };
      return { ok: false, code: 'worker-failed', detail: String(error) };
    }
  },

  async detect(bitmap: ImageBitmap, timestampMs: number): Promise<PoseWorkerDetection> {
    try {
      if (!active) throw new Error('pose worker used before init() succeeded');
      const { width, height } = bitmap;
      const start = performance.now();
      const poses = await active.detector.detect(bitmap, timestampMs);
      const inferenceMs = performance.now() - start;
      return { timestampMs, width, height, poses, inferenceMs };
    } finally {
      bitmap.close();
    }
  },

  /** Frees every loaded model except the one in use (after the automatic choice tried several). */
  async keepOnlyActive(): Promise<void> {
    for (const [key, loading] of loaded) {
      if (key === active?.key) continue;
      loaded.delete(key);
      (await loading.catch(() => undefined))?.close();
    }
  },

  async memory(): Promise<PoseWorkerMemory> {
    const tf = loadedMoveNet() ? (await import('./backends/movenet-detector')).tfMemory() : null;
    return {
      tfTensors: tf?.numTensors ?? 0,
      tfBytes: tf?.numBytes ?? 0,
      ...workerMemory(),
      role,
    };
  },

  async close(): Promise<void> {
    for (const loading of loaded.values()) (await loading.catch(() => undefined))?.close();
    loaded.clear();
    active = undefined;
  },
};

/**
 * One MediaPipe landmarker at a time: each holds its own wasm heap (about 100 MB measured), and
 * only the automatic choice ever needs two models, one after the other.
 */
async function closeOtherMediaPipe(keep: string): Promise<void> {
  for (const [key, loading] of loaded) {
    if (key === keep || detectorKind(key.split(' ')[0]!) !== 'mediapipe') continue;
    loaded.delete(key);
    if (active?.key === key) active = undefined;
    (await loading.catch(() => undefined))?.close();
  }
}

function loadedMoveNet(): boolean {
  return [...loaded.keys()].some((key) => detectorKind(key.split(' ')[0]!) === 'movenet');
}

export type PoseWorkerApi = typeof api;

Comlink.expose(api);
