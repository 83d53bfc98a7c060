/**
 * Times the automatic setting's candidates on the live source (about a second each, most accurate
 * first) and settles on one: see backend-choice.ts for the rule. The live session lends its frame
 * pump: while a candidate is timed, the pump's frames go to it and only their count matters.
 */
import {
  AUTO_CANDIDATES,
  chooseBackend,
  keepsUp,
  type BackendChoice,
  type CandidateTiming,
} from './backend-choice';
import { variantById, type ModelVariantId } from './model-variants';

export interface Timeable {
  close(): void;
}

export interface AutoChoiceDeps<E extends Timeable> {
  /** Loads a candidate's model (by path) into the pose worker. */
  load(modelPath: string): Promise<E>;
  /**
   * Sends the live frames to this estimator, `onResult` called for each frame it answers; or, with
   * no estimator, lets them go while the next candidate loads (the worker is busy loading).
   */
  route(estimator: E | undefined, onResult: () => void): void;
  /** How long each candidate is timed, after its first answer. */
  timingMs: number;
  now(): number;
  /** Shown while a candidate is being timed. */
  onProgress(id: ModelVariantId): void;
  /** True once the session moved on (stopped, another model chosen): timing gives up. */
  cancelled(): boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A candidate that does not answer is given up on after this many timing spans (a MediaPipe
 * model's first frames take up to 3 s here while its graph sets up).
 */
const GIVE_UP_SPANS = 10;

/** Frames a second once timed (0 when it gave too few answers), and how many frames it answered. */
async function timeCandidate<E extends Timeable>(
  deps: AutoChoiceDeps<E>,
  estimator: E,
): Promise<{ fps: number; answered: number }> {
  const answers: number[] = [];
  // The first answer may belong to a frame sent to the previous candidate: timing starts after it.
  deps.route(estimator, () => answers.push(deps.now()));
  const started = deps.now();
  while (!deps.cancelled()) {
    await sleep(Math.min(100, deps.timingMs));
    const first = answers[1];
    if (first !== undefined && deps.now() - first >= deps.timingMs) break;
    if (deps.now() - started > GIVE_UP_SPANS * deps.timingMs && answers.length < 2) break;
  }
  const timed = answers.slice(1);
  // The first is left out here too: it may answer a frame sent to the candidate before.
  const answered = timed.length;
  if (timed.length < 2) return { fps: 0, answered };
  return { fps: ((timed.length - 1) * 1000) / (timed[timed.length - 1]! - timed[0]!), answered };
}

/**
 * Times candidates until one keeps up; returns the choice (unmeasured when none answered in time:
 * backend-choice.ts), or undefined when cancelled or when no candidate could load. The
 * candidates' estimators are closed: the caller loads the chosen model again, which the pose
 * worker answers at once since it still holds it.
 */
export async function chooseOnSource<E extends Timeable>(
  deps: AutoChoiceDeps<E>,
): Promise<BackendChoice | undefined> {
  const timings: CandidateTiming[] = [];
  const loaded: E[] = [];
  for (const id of AUTO_CANDIDATES) {
    if (deps.cancelled()) break;
    deps.onProgress(id);
    deps.route(undefined, () => undefined);
    let estimator: E;
    try {
      estimator = await deps.load(variantById(id).path);
    } catch {
      timings.push({ id, fps: 0, loaded: false, answered: 0 });
      continue;
    }
    loaded.push(estimator);
    const timing = { id, loaded: true, ...(await timeCandidate(deps, estimator)) };
    timings.push(timing);
    if (keepsUp(timing)) break;
  }
  // Frames are let go until the caller runs the chosen model.
  deps.route(undefined, () => undefined);
  for (const estimator of loaded) estimator.close();
  return deps.cancelled() ? undefined : chooseBackend(timings);
}
