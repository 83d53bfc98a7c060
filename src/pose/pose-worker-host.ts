/**
 * The app's one pose worker. Every page that tracks a pose (camera set-up, workout, the Coach tab)
 * asks for the same worker, so going from one to the next neither starts a worker nor fetches and
 * compiles the wasm and the model again. `restart()` replaces a worker that crashed or stopped
 * answering; a worker that fails (its script did not load, or it threw outside any call) is let go
 * at once, so whoever asks next gets a fresh one instead of the broken one.
 */
import * as Comlink from 'comlink';
import { PipelineError } from './pipeline-errors';
import type { PoseWorkerApi } from './pose.worker';

export interface PoseWorkerHandle {
  remote: Comlink.Remote<PoseWorkerApi>;
  /** Rejects when the worker script fails (an uncaught error, or it could not be loaded). */
  failed: Promise<never>;
  /** Which worker this is, counted from 1 since the host was made. */
  generation: number;
}

export interface PoseWorkerHost {
  /** The running worker, or a new one when there is none (or the last one failed). */
  shared(): PoseWorkerHandle;
  /** Ends the worker (whatever state it is in) and starts a new one. */
  restart(): PoseWorkerHandle;
}

interface Running {
  handle: PoseWorkerHandle;
  worker: Worker;
}

export function createPoseWorkerHost(spawn: () => Worker): PoseWorkerHost {
  let current: Running | undefined;
  let started = 0;

  function end(running: Running): void {
    if (current === running) current = undefined;
    running.handle.remote[Comlink.releaseProxy]();
    running.worker.terminate();
  }

  function start(): PoseWorkerHandle {
    const worker = spawn();
    const failed = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (event) =>
        reject(new PipelineError('worker-failed', event.message || 'worker script failed')),
      );
    });
    started++;
    const running: Running = {
      handle: { remote: Comlink.wrap<PoseWorkerApi>(worker), failed, generation: started },
      worker,
    };
    // Whoever races `failed` hears of it; the host only makes sure the broken worker is not kept.
    failed.catch(() => {
      if (current === running) end(running);
    });
    current = running;
    return running.handle;
  }

  return {
    shared: () => current?.handle ?? start(),
    restart() {
      if (current) end(current);
      return start();
    },
  };
}

const appHost = createPoseWorkerHost(
  () => new Worker(new URL('./pose.worker.ts', import.meta.url), { type: 'module' }),
);

export const sharedPoseWorker = (): PoseWorkerHandle => appHost.shared();
export const restartPoseWorker = (): PoseWorkerHandle => appHost.restart();
