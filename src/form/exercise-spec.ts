import type { RequiredView } from './body/frame-guidance';
import type { BodyRegion } from './body/visibility';

/**
 * What the engine needs from an exercise's content file: structurally a subset of the catalogue's
 * Exercise type, declared here so that src/form depends on nothing outside itself.
 */
export interface FormExerciseSpec {
  id: string;
  checker: { kind: string; params: Readonly<Record<string, unknown>> };
  /** Sentences by fault id or guidance id (e.g. 'hips-sagging', 'move-back', 'good'). */
  cues: Readonly<Record<string, string>>;
  camera: { view: RequiredView; visible: readonly BodyRegion[] };
  /** The prescription: the tempo a rep should take, and the hold in each rep, in seconds. */
  dose: { secondsPerRep?: number; holdSeconds?: number };
}
