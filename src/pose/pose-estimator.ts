/**
 * Main-thread client of the pose worker. One estimator owns one worker; `close()` ends it.
 */
import * as Comlink from 'comlink';
import type { Delegate, DelegateRequest } from './delegate-choice';
import type { PoseFrame } from './landmarks';
import { PipelineError } from './pipeline-errors';
import type { PoseWorkerApi, PoseWorkerDetection } from './pose.worker';

export interface PoseEstimatorOptions {
  /** URL of the .task model; defaults to the full model served by this site. */
  modelUrl?: string;
  /** URL of the folder with tasks-vision's wasm files; defaults to this site's copy. */
  wasmBaseUrl?: string;
  /** 'auto' times both delegates when a hardware GPU is present and keeps the faster. */
  delegate?: DelegateRequest;
  /** People to look for; 2 so that a second person in view can be reported. */
  numPoses?: number;
}

export interface PoseDetection extends PoseFrame {
  /** Time the landmarker spent on this frame, in the worker. */
  inferenceMs: number;
}

export interface PoseEstimator {
  readonly delegate: Delegate;
  /** Why that delegate was chosen (e.g. "software GL", "GPU 12 ms vs CPU 40 ms a frame"). */
  readonly delegateReason: string;
  /** Cold start: fetching the model and wasm and building the landmarker, in ms. */
  readonly modelLoadMs: number;
  readonly modelUrl: string;
  /** Transfers the bitmap to the worker (it is closed there); resolves with the poses found. */
  detect(bitmap: ImageBitmap, timestampMs: number): Promise<PoseDetection>;
  close(): void;
}

const CLOSE_GRACE_MS = 1000;

export const DEFAULT_MODEL_PATH = 'models/pose_landmarker_full.task';
export const WASM_PATH = 'mediapipe/wasm';

/** Resolves a path against the app's base URL: the worker lives elsewhere and needs absolute URLs. */
function appUrl(path: string): string {
  return new URL(path, new URL(import.meta.env.BASE_URL, location.href)).href;
}

export async function createPoseEstimator(
  options: PoseEstimatorOptions = {},
): Promise<PoseEstimator> {
  const modelUrl = new URL(options.modelUrl ?? appUrl(DEFAULT_MODEL_PATH), location.href).href;
  const wasmBaseUrl = new URL(options.wasmBaseUrl ?? appUrl(WASM_PATH), location.href).href.replace(
    /\/$/,
    '',
  );
  const worker = new Worker(new URL('./pose.worker.ts', import.meta.url), { type: 'module' });
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) =>
      reject(new PipelineError('worker-failed', event.message || 'worker script failed to load')),
    );
  });
  const remote = Comlink.wrap<PoseWorkerApi>(worker);
  let closed = false;
  const terminate = () => {
    remote[Comlink.releaseProxy]();
    worker.terminate();
  };
  const close = () => {
    if (closed) return;
    closed = true;
    // Let the landmarker free itself first; a stuck worker is ended anyway after a moment.
    const timer = setTimeout(terminate, CLOSE_GRACE_MS);
    remote.close().then(
      () => {
        clearTimeout(timer);
        terminate();
      },
      () => undefined,
    );
  };

  let init: Awaited<ReturnType<PoseWorkerApi['init']>>;
  try {
    init = await Promise.race([
      remote.init({
        modelUrl,
        wasmBaseUrl,
        delegate: options.delegate ?? 'auto',
        numPoses: options.numPoses ?? 2,
      }),
      workerFailed,
    ]);
  } catch (error) {
    close();
    throw error instanceof PipelineError
      ? error
      : new PipelineError('worker-failed', String(error));
  }
  if (!init.ok) {
    close();
    throw new PipelineError(init.code, init.detail);
  }

  return {
    delegate: init.delegate,
    delegateReason: init.delegateReason,
    modelLoadMs: init.modelLoadMs,
    modelUrl,
    async detect(bitmap, timestampMs) {
      if (closed) {
        bitmap.close();
        throw new PipelineError('worker-failed', 'estimator is closed');
      }
      const detection: PoseWorkerDetection = await remote.detect(
        Comlink.transfer(bitmap, [bitmap]),
        timestampMs,
      );
      return detection;
    },
    close,
  };
}
