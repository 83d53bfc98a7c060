/**
 * The app's one pose worker. Every page that tracks a pose (camera set-up, workout, the Coach tab)
 * asks for the same worker, so going from one to the next neither starts a worker nor fetches and
 * compiles the wasm and the model again. `restart()` replaces a worker that crashed or stopped
 * answering.
 */
import * as Comlink from 'comlink';
import { PipelineError } from './pipeline-errors';
import type { PoseWorkerApi } from './pose.worker';

export interface PoseWorkerHandle {
  remote: Comlink.Remote<PoseWorkerApi>;
  /** Rejects when the worker script fails (an uncaught error, or it could not be loaded). */
  failed: Promise<never>;
  /** Which worker this is, counted from 1 since the page loaded. */
  generation: number;
}

let current: PoseWorkerHandle | undefined;
let worker: Worker | undefined;
let started = 0;

function start(): PoseWorkerHandle {
  worker = new Worker(new URL('./pose.worker.ts', import.meta.url), { type: 'module' });
  const own = worker;
  const failed = new Promise<never>((_, reject) => {
    own.addEventListener('error', (event) =>
      reject(new PipelineError('worker-failed', event.message || 'worker script failed')),
    );
  });
  failed.catch(() => undefined); // Observed by whoever races it; never an unhandled rejection.
  started++;
  current = { remote: Comlink.wrap<PoseWorkerApi>(worker), failed, generation: started };
  return current;
}

export function sharedPoseWorker(): PoseWorkerHandle {
  return current ?? start();
}

/** Ends the worker (whatever state it is in) and starts a new one. */
export function restartPoseWorker(): PoseWorkerHandle {
  current?.remote[Comlink.releaseProxy]();
  worker?.terminate();
  current = undefined;
  return start();
}
