/**
 * Main-thread client of the shared pose worker: loads a model into it and sends it frames, with a
 * watchdog (frame-timeout.ts), so that a worker that died silently (crashed, or ended by the
 * browser) is noticed instead of leaving the pump waiting forever.
 */
import * as Comlink from 'comlink';
import type { Delegate, DelegateRequest } from './delegate-choice';
import type { PoseFrame } from './landmarks';
import { PipelineError } from './pipeline-errors';
import type {
  PoseWorkerDetection,
  PoseWorkerInitResult,
  PoseWorkerMemory,
  PoseWorkerOptions,
} from './pose.worker';
import { frameTimeoutMs } from './frame-timeout';
import { detectorKind } from './model-variants';
import {
  dropStandbyPoseWorker,
  restartPoseWorker,
  sharedPoseWorker,
  standbyPoseWorker,
  type PoseWorkerHandle,
} from './pose-worker-host';
import { RestartKits } from './restart-kit';
import { workerAnswer } from './worker-answer';
import { deviceMemoryGb, roomForStandby } from './standby-room';

export interface PoseEstimatorOptions {
  /** URL of the model (.task or MoveNet model.json); defaults to the full model served by this site. */
  modelUrl?: string;
  /** URL of the folder with tasks-vision's wasm files; defaults to this site's copy. */
  wasmBaseUrl?: string;
  /** URL of the folder with tfjs-backend-wasm's files; defaults to this site's copy. */
  tfjsWasmUrl?: string;
  /** 'auto' times both delegates when a hardware GPU is present and keeps the faster. */
  delegate?: DelegateRequest;
  /** People to look for; 2 so that a second person in view can be reported. */
  numPoses?: number;
  /**
   * Ends the current worker and starts a new one first (after a crash), handing it what the last
   * one chose and loaded for this model (restart-kit.ts).
   */
  freshWorker?: boolean;
}

export interface PoseDetection extends PoseFrame {
  /** Time the landmarker spent on this frame, in the worker. */
  inferenceMs: number;
}

export interface PoseEstimator {
  readonly delegate: Delegate;
  /** Why that delegate was chosen (e.g. "software GL", "GPU 12 ms vs CPU 40 ms a frame"). */
  readonly delegateReason: string;
  /** Loading the model into the worker, in ms (tiny when it was already there). */
  readonly modelLoadMs: number;
  /** The worker had this model loaded already. */
  readonly warm: boolean;
  readonly modelUrl: string;
  /** Transfers the bitmap to the worker (it is closed there); resolves with the poses found. */
  detect(bitmap: ImageBitmap, timestampMs: number): Promise<PoseDetection>;
  memory(): Promise<PoseWorkerMemory>;
  /** Frees the models the worker holds besides this one. */
  keepOnlyThis(): Promise<void>;
  /**
   * Loads this model into a standby worker (MediaPipe only), which a restart takes over; call it
   * once tracking runs steady. Resolves when the standby is ready, or was not made.
   */
  prepareStandby(): Promise<void>;
  /** Stops using the worker; the worker and its models stay for the next page. */
  close(): void;
}

export const DEFAULT_MODEL_PATH = 'models/pose_landmarker_full.task';
export const WASM_PATH = 'mediapipe/wasm';
export const TFJS_WASM_PATH = 'tfjs/wasm/';

/** How long the memory figure may take: the worker answers it between two frames. */
const MEMORY_TIMEOUT_MS = 2000;
/**
 * How long a standby may take to load from the restart kit (0.3-1.6 s measured, nothing fetched or
 * compiled): one that has not answered by then (hung, or ended by the host while loading) is let
 * go, not waited on for ever nor taken over by a later restart.
 */
const STANDBY_LOAD_TIMEOUT_MS = 30_000;

const restartKits = new RestartKits();

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
  const tfjsWasmUrl = new URL(options.tfjsWasmUrl ?? appUrl(TFJS_WASM_PATH), location.href).href;
  const workerOptions: PoseWorkerOptions = {
    modelUrl,
    wasmBaseUrl,
    tfjsWasmUrl,
    delegate: options.delegate ?? 'auto',
    numPoses: options.numPoses ?? 2,
  };
  // The standby is loaded with these very options, so that taking it over finds the model loaded.
  const standbyKey = `${modelUrl} ${workerOptions.delegate} ${workerOptions.numPoses}`;
  let handle: PoseWorkerHandle;
  if (options.freshWorker) {
    const restart = restartPoseWorker(standbyKey);
    handle = restart.handle;
    if (restart.fromStandby) console.info('[spine-coach] the standby pose worker takes over');
  } else {
    handle = sharedPoseWorker(standbyKey);
  }
  const { remote, failed } = handle;

  let init: PoseWorkerInitResult;
  try {
    init = await Promise.race([
      remote.init({
        ...workerOptions,
        restart: options.freshWorker ? restartKits.get(modelUrl) : undefined,
      }),
      failed,
    ]);
  } catch (error) {
    throw error instanceof PipelineError
      ? error
      : new PipelineError('worker-failed', String(error));
  }
  if (!init.ok) throw new PipelineError(init.code, init.detail);
  restartKits.keep(modelUrl, {
    delegate: init.delegate,
    delegateReason: init.delegateReason,
    ...init.handover,
  });

  let closed = false;
  const recent: number[] = [];
  return {
    delegate: init.delegate,
    delegateReason: init.delegateReason,
    modelLoadMs: init.modelLoadMs,
    warm: init.warm,
    modelUrl,
    async detect(bitmap, timestampMs) {
      if (closed) {
        bitmap.close();
        throw new PipelineError('worker-failed', 'estimator is closed');
      }
      const detection: PoseWorkerDetection = await workerAnswer(
        () => {
          try {
            return remote.detect(Comlink.transfer(bitmap, [bitmap]), timestampMs);
          } catch (error) {
            bitmap.close(); // Never sent: the worker was let go.
            throw error;
          }
        },
        failed,
        frameTimeoutMs(recent),
        'pose worker',
      );
      recent.push(detection.inferenceMs);
      if (recent.length > 30) recent.shift();
      return detection;
    },
    memory: () =>
      workerAnswer(() => remote.memory(), failed, MEMORY_TIMEOUT_MS, 'pose worker memory'),
    keepOnlyThis: () => {
      restartKits.keepOnly(modelUrl);
      return remote.keepOnlyActive();
    },
    async prepareStandby() {
      const kit = restartKits.get(modelUrl);
      // MoveNet restarts within 2 s without one (1.8 s at load 15); a standby is loaded from the
      // kit's bytes and compiled wasm only, never fetched or compiled again.
      if (closed || detectorKind(modelUrl) !== 'mediapipe' || !kit?.modelBytes) return;
      if (!roomForStandby(deviceMemoryGb())) return;
      const spare = standbyPoseWorker(standbyKey);
      if (!spare) return;
      const ready = await workerAnswer<PoseWorkerInitResult>(
        () => spare.remote.init({ ...workerOptions, restart: kit, standby: true }),
        spare.failed,
        STANDBY_LOAD_TIMEOUT_MS,
        'standby pose worker',
      ).catch((error: unknown) => ({ ok: false as const, detail: String(error) }));
      if (!ready.ok) {
        console.warn(`[spine-coach] standby pose worker not made: ${ready.detail}`);
        dropStandbyPoseWorker(spare);
      }
    },
    close() {
      closed = true;
    },
  };
}
