/// <reference lib="webworker" />
/**
 * Runs MediaPipe's PoseLandmarker off the main thread. Frames arrive as transferred ImageBitmaps
 * and are always closed here, whatever happens, so a busy or failing worker never leaks GPU memory.
 */
import { FilesetResolver, PoseLandmarker } from '@mediapipe/tasks-vision';
import * as Comlink from 'comlink';
import {
  chooseDelegate,
  isSoftwareRenderer,
  type Delegate,
  type DelegateChoice,
  type DelegateRequest,
} from './delegate-choice';
import { toPoses } from './landmarker-result';
import type { Pose } from './landmarks';
import { isZipArchive } from './model-bytes';
import { MonotonicClock } from './monotonic-clock';
import type { PipelineErrorCode } from './pipeline-errors';
import { sameOriginOnly } from './same-origin-fetch';

// Before any landmarker exists: each would otherwise post usage logs to a Google host.
self.fetch = sameOriginOnly(self.fetch.bind(self), self.location.origin);

type WasmFileset = Awaited<ReturnType<typeof FilesetResolver.forVisionTasks>>;

export interface PoseWorkerOptions {
  /** Absolute URL of the .task model bundle. */
  modelUrl: string;
  /** Absolute URL of the folder holding tasks-vision's wasm files. */
  wasmBaseUrl: string;
  delegate: DelegateRequest;
  numPoses: number;
}

export type PoseWorkerInitResult =
  | { ok: true; delegate: Delegate; delegateReason: string; modelLoadMs: number }
  | { ok: false; code: PipelineErrorCode; detail: string };

export interface PoseWorkerDetection {
  timestampMs: number;
  width: number;
  height: number;
  poses: Pose[];
  inferenceMs: number;
}

/** A failure while loading, with the code the UI shows (comlink would drop a custom error class). */
class LoadFailure extends Error {
  constructor(
    readonly code: PipelineErrorCode,
    detail: string,
  ) {
    super(detail);
  }
}

/** Frames timed per delegate when the choice is 'auto'. */
const TIMED_FRAMES = 3;

let landmarker: PoseLandmarker | undefined;
const clock = new MonotonicClock();

async function fetchBytes(url: string, code: PipelineErrorCode): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new LoadFailure(code, `${url}: ${String(error)}`);
  }
  if (!response.ok) throw new LoadFailure(code, `${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Checks that the wasm files are reachable, so a missing engine is not reported as a bad model. */
async function checkWasmReachable(fileset: WasmFileset): Promise<void> {
  for (const url of [fileset.wasmLoaderPath, fileset.wasmBinaryPath]) {
    let response: Response;
    try {
      response = await fetch(url, { method: 'HEAD' });
    } catch (error) {
      throw new LoadFailure('wasm-load-failed', `${url}: ${String(error)}`);
    }
    if (!response.ok) throw new LoadFailure('wasm-load-failed', `${url}: HTTP ${response.status}`);
  }
}

/**
 * The wasm files were reachable (checked first), so a failure to build the landmarker is the
 * model's unless the engine itself could not be imported or compiled.
 */
function looksLikeWasmFailure(message: string): boolean {
  return /dynamically imported module|CompileError|WebAssembly\.(instantiate|compile)|importScripts/i.test(
    message,
  );
}

async function createLandmarker(
  fileset: WasmFileset,
  model: Uint8Array,
  delegate: Delegate,
  numPoses: number,
): Promise<PoseLandmarker> {
  try {
    return await PoseLandmarker.createFromOptions(fileset, {
      // MediaPipe may take ownership of the buffer; give each landmarker its own copy.
      baseOptions: { modelAssetBuffer: model.slice(), delegate },
      runningMode: 'VIDEO',
      numPoses,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new LoadFailure(
      looksLikeWasmFailure(message) ? 'wasm-load-failed' : 'model-invalid',
      message,
    );
  }
}

/** The WebGL renderer the GPU delegate would use, or undefined when there is no WebGL2. */
function webglRenderer(): string | undefined {
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return undefined;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  } catch {
    return undefined;
  }
}

/** Times a few frames of a plain test picture; what matters is the ratio between delegates. */
function timeFrames(candidate: PoseLandmarker): number[] {
  const canvas = new OffscreenCanvas(640, 480);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#808080';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const times: number[] = [];
  for (let i = 0; i < TIMED_FRAMES; i++) {
    const start = performance.now();
    candidate.detectForVideo(canvas, clock.next(0));
    times.push(performance.now() - start);
  }
  return times;
}

async function pickLandmarker(
  fileset: WasmFileset,
  model: Uint8Array,
  request: DelegateRequest,
  numPoses: number,
): Promise<{ landmarker: PoseLandmarker; choice: DelegateChoice }> {
  if (request === 'CPU') {
    const cpu = await createLandmarker(fileset, model, 'CPU', numPoses);
    return { landmarker: cpu, choice: { delegate: 'CPU', reason: 'requested' } };
  }
  if (request === 'GPU') {
    try {
      const gpu = await createLandmarker(fileset, model, 'GPU', numPoses);
      return { landmarker: gpu, choice: { delegate: 'GPU', reason: 'requested' } };
    } catch (error) {
      const cpu = await createLandmarker(fileset, model, 'CPU', numPoses);
      return {
        landmarker: cpu,
        choice: { delegate: 'CPU', reason: `GPU failed: ${String(error)}` },
      };
    }
  }
  const cpu = await createLandmarker(fileset, model, 'CPU', numPoses);
  const renderer = webglRenderer();
  if (renderer === undefined) {
    return { landmarker: cpu, choice: { delegate: 'CPU', reason: 'no WebGL2' } };
  }
  if (isSoftwareRenderer(renderer)) {
    return { landmarker: cpu, choice: { delegate: 'CPU', reason: `software GL (${renderer})` } };
  }
  const cpuTimes = timeFrames(cpu);
  let gpu: PoseLandmarker | undefined;
  let gpuTimes: number[] = [];
  try {
    gpu = await createLandmarker(fileset, model, 'GPU', numPoses);
    gpuTimes = timeFrames(gpu);
  } catch {
    // GPU could not be created or run: chooseDelegate falls back to CPU on no timings.
  }
  const choice = chooseDelegate(cpuTimes, gpuTimes);
  if (choice.delegate === 'GPU' && gpu) {
    cpu.close();
    return { landmarker: gpu, choice };
  }
  gpu?.close();
  return { landmarker: cpu, choice };
}

const api = {
  async init(options: PoseWorkerOptions): Promise<PoseWorkerInitResult> {
    const start = performance.now();
    try {
      landmarker?.close();
      landmarker = undefined;
      const fileset = await FilesetResolver.forVisionTasks(options.wasmBaseUrl, true);
      const [model] = await Promise.all([
        fetchBytes(options.modelUrl, 'model-load-failed'),
        checkWasmReachable(fileset),
      ]);
      if (!isZipArchive(model)) {
        throw new LoadFailure('model-invalid', `${options.modelUrl}: not a .task (zip) bundle`);
      }
      const picked = await pickLandmarker(fileset, model, options.delegate, options.numPoses);
      landmarker = picked.landmarker;
      return {
        ok: true,
        delegate: picked.choice.delegate,
        delegateReason: picked.choice.reason,
        modelLoadMs: performance.now() - start,
      };
    } catch (error) {
      if (error instanceof LoadFailure)
        return { ok: false, code: error.code, detail: error.message };
      return { ok: false, code: 'worker-failed', detail: String(error) };
    }
  },

  detect(bitmap: ImageBitmap, timestampMs: number): PoseWorkerDetection {
    try {
      if (!landmarker) throw new Error('PoseLandmarker used before init() succeeded');
      const { width, height } = bitmap;
      const start = performance.now();
      const result = landmarker.detectForVideo(bitmap, clock.next(timestampMs));
      const inferenceMs = performance.now() - start;
      return { timestampMs, width, height, poses: toPoses(result), inferenceMs };
    } finally {
      bitmap.close();
    }
  },

  close(): void {
    landmarker?.close();
    landmarker = undefined;
  },
};

export type PoseWorkerApi = typeof api;

Comlink.expose(api);
