/**
 * The app's one pose worker. Every page that tracks a pose (camera set-up, workout, the Coach tab)
 * asks for the same worker, so going from one to the next neither starts a worker nor fetches and
 * compiles the wasm and the model again. `restart()` replaces a worker that crashed or stopped
 * answering; a worker that fails (its script did not load, or it threw outside any call) is let go
 * at once, so whoever asks next gets a fresh one instead of the broken one.
 *
 * Beside it the host can keep one standby worker, loaded with the running model and idle, which a
 * restart for the same model takes over instead of starting from nothing (a MediaPipe Full
 * restart was 3.6 s at load 15-19, most of it building the graph and its first frame). The standby
 * is keyed by model: asking for another model drops it, so it never runs a model nobody chose.
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
  /**
   * The running worker, or a new one when there is none (or the last one failed). With a `key`
   * (the model about to be loaded), a standby kept for another model is dropped.
   */
  shared(key?: string): PoseWorkerHandle;
  /**
   * Ends the worker (whatever state it is in) and starts a new one; or, with the `key` of the
   * standby, makes the standby the running worker.
   */
  restart(key?: string): { handle: PoseWorkerHandle; fromStandby: boolean };
  /** Starts a standby worker for `key`, or undefined when one is kept for it already. */
  standby(key: string): PoseWorkerHandle | undefined;
  /** Ends this standby (it could not load), unless it was taken over or replaced meanwhile. */
  dropStandby(standby: PoseWorkerHandle): void;
  /** The key of the standby kept, if any. */
  readonly standbyKey: string | undefined;
}

interface Running {
  handle: PoseWorkerHandle;
  worker: Worker;
}

export function createPoseWorkerHost(spawn: () => Worker): PoseWorkerHost {
  let current: Running | undefined;
  let spare: { running: Running; key: string } | undefined;
  let started = 0;

  function end(running: Running): void {
    if (current === running) current = undefined;
    if (spare?.running === running) spare = undefined;
    running.handle.remote[Comlink.releaseProxy]();
    running.worker.terminate();
  }

  function dropStandbyUnless(key: string | undefined): void {
    if (spare && key !== undefined && spare.key !== key) end(spare.running);
  }

  function spawnRunning(): Running {
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
    // Said with its number, so that the console tells which worker failed and why.
    failed.catch((error: unknown) => {
      if (current !== running && spare?.running !== running) return;
      console.warn(
        `[spine-coach] pose worker ${running.handle.generation} failed: ${String(error)}`,
      );
      end(running);
    });
    return running;
  }

  function start(): PoseWorkerHandle {
    current = spawnRunning();
    return current.handle;
  }

  return {
    shared(key) {
      dropStandbyUnless(key);
      return current?.handle ?? start();
    },
    restart(key) {
      if (current) end(current);
      dropStandbyUnless(key);
      if (spare && key !== undefined) {
        current = spare.running;
        spare = undefined;
        return { handle: current.handle, fromStandby: true };
      }
      return { handle: start(), fromStandby: false };
    },
    standby(key) {
      if (spare?.key === key) return undefined;
      if (spare) end(spare.running);
      spare = { running: spawnRunning(), key };
      return spare.running.handle;
    },
    dropStandby(standby) {
      if (spare?.running.handle === standby) end(spare.running);
    },
    get standbyKey() {
      return spare?.key;
    },
  };
}

const appHost = createPoseWorkerHost(
  () => new Worker(new URL('./pose.worker.ts', import.meta.url), { type: 'module' }),
);

export const sharedPoseWorker = (key?: string): PoseWorkerHandle => appHost.shared(key);
export const restartPoseWorker = (key: string) => appHost.restart(key);
export const standbyPoseWorker = (key: string) => appHost.standby(key);
export const dropStandbyPoseWorker = (standby: PoseWorkerHandle) => appHost.dropStandby(standby);
