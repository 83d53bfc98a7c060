/**
 * What every pose backend implements inside the worker. The frame pump, the smoother and the form
 * engine only see `Pose[]`: they do not know whether MediaPipe or MoveNet produced it.
 */
import type { Delegate } from './delegate-choice';
import type { Pose } from './landmarks';
import type { PipelineErrorCode } from './pipeline-errors';
import type { RestartKit } from './restart-kit';

/** What a detector hands back after a cold load, for the main thread to keep (restart-kit.ts). */
export type Handover = Pick<RestartKit, 'modelBytes' | 'wasmModule' | 'wasmUrl' | 'modelArtifacts'>;

export interface PoseDetector {
  /** Where the model runs (CPU or GPU) and why, for the status line and the benchmark. */
  readonly delegate: Delegate;
  readonly delegateReason: string;
  /** Finds the people in one frame; the caller closes the bitmap. */
  detect(frame: ImageBitmap, timestampMs: number): Promise<Pose[]>;
  /** Frees the model (and its tensors or wasm memory). */
  close(): void;
  /** What a new worker would otherwise fetch or compile again. */
  readonly handover?: Handover;
}

/** A failure while loading, with the code the UI shows (comlink would drop a custom error class). */
export class LoadFailure extends Error {
  constructor(
    readonly code: PipelineErrorCode,
    detail: string,
  ) {
    super(detail);
  }
}
