/**
 * What a new pose worker needs to take over a model without doing again what the last one did:
 * the delegate already chosen (no probing, no timing), for MediaPipe the model's bytes and
 * tasks-vision's compiled wasm, for MoveNet the model's files (model.json and weights). A restart
 * after a crash measured 12-15 s for MediaPipe Full at a load average of 22, of which 3-5.5 s
 * fetching the model and 3-5.7 s building the landmarker (compiling the 13 MB wasm included);
 * MoveNet Lightning's warm-up frames took 1.7-3.6 s.
 *
 * The main thread keeps one kit per loaded model. A `WebAssembly.Module` sent to a worker is
 * shared with it, not copied (V8 shares the compiled code between the threads of a page), so the
 * kit costs the model's bytes (5.8 MB lite, 9.4 MB full, 30.7 MB heavy; MoveNet 4.8 MB Lightning,
 * 12.6 MB Thunder) and keeps the compiled code alive across the worker's death; it is not a second
 * model in memory.
 */
import type { io } from '@tensorflow/tfjs';
import type { Delegate } from './delegate-choice';

export interface RestartKit {
  delegate: Delegate;
  delegateReason: string;
  /** The model file as fetched (MediaPipe .task). */
  modelBytes?: Uint8Array;
  /** tasks-vision's wasm compiled, for the same glue (SIMD or not) as the worker resolves. */
  wasmModule?: WebAssembly.Module;
  /** Which wasm file `wasmModule` was compiled from; a worker resolving another compiles its own. */
  wasmUrl?: string;
  /** MoveNet's model.json and weights as fetched (a copy: the worker's model keeps its own). */
  modelArtifacts?: io.ModelArtifacts;
}

/** The kits of the models loaded in the app's worker, by model URL. */
export class RestartKits {
  private readonly kits = new Map<string, RestartKit>();

  get(modelUrl: string): RestartKit | undefined {
    return this.kits.get(modelUrl);
  }

  /** Keeps what a worker handed back, on top of what was kept (a warm load hands back nothing). */
  keep(modelUrl: string, kit: RestartKit): void {
    this.kits.set(modelUrl, { ...this.kits.get(modelUrl), ...kit });
  }

  /** Lets go of every kit but this model's (the automatic choice loaded several). */
  keepOnly(modelUrl: string): void {
    for (const url of this.kits.keys()) if (url !== modelUrl) this.kits.delete(url);
  }
}
