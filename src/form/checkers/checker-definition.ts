import type { z } from 'zod';
import type { ModelDependentCheck } from '../../pose/model-limits';
import type { RequiredView } from '../body/frame-guidance';
import type { BodyRegion } from '../body/visibility';
import type { RepStyle } from '../timing/rep-counter';
import type { BodyFrame, BodyPart, CameraView, FrameAssessment } from '../types';
import type { TimingParams } from './timing-params';

/** Judges one frame of the person for one exercise. */
export type AssessFrame = (body: BodyFrame) => FrameAssessment;

/** A fault a checker can raise; its cue text comes from the exercise's `cues[id]`. */
export interface FaultSpec {
  id: string;
  bodyPart: BodyPart;
}

/**
 * One exercise's (or one family's) checker. `mode` says what the engine counts: 'hold' times the
 * held position; 'reps' counts repetitions from the movement signal (and times the top as a hold).
 */
export interface CheckerDefinition<P extends TimingParams = TimingParams> {
  kind: string;
  mode: 'hold' | 'reps';
  /**
   * For 'reps' (required there): the body part the movement signal follows, the one a rushed rep
   * is pointed at ("moving-too-fast" on the hips of a bridge, the head of a neck turn).
   */
  movingPart?: BodyPart;
  /** For 'reps': how the movement signal makes a rep (default 'out-and-back'). */
  repStyle?: RepStyle;
  /**
   * For 'reps': judge reps against the person's own range (default) or the content's fixed
   * thresholds ('textbook', for a signal with an absolute meaning, e.g. a circle's sweep).
   */
  repRange?: 'own' | 'textbook';
  /**
   * For 'reps' judged against the own range: the fault a rep that fell short of the textbook top
   * ('high') or low end ('low') carries, e.g. "lift your hips higher" (one of `faults`). 'high' is
   * also said for a half rep, a clear movement that came back uncounted (out-and-back against the
   * own range, and excursions).
   */
  shortRangeFaults?: Partial<Record<'high' | 'low', string>>;
  /**
   * For checkers that give a `settleKey`: a speed of it (its unit a second) that is movement
   * whatever the person's own noise, e.g. folding into a child's pose. Until the person has been
   * still in view, their noise floor is unknown and this alone tells moving from settled. (A rep
   * checker without a key has its top settled by its movement signal, against its textbook span.)
   */
  settleMovingPerS?: number;
  /** The camera view the checker judges best (asked for when the exercise says 'any'). */
  view: RequiredView;
  /**
   * Other views in which the checker still recognises the position (holds and reps count, fewer
   * faults can be seen): the engine then advises the better view without stopping the count.
   */
  alsoRecognisedFrom?: readonly CameraView[];
  /** Regions that must be in the picture (the exercise's `camera.visible` when empty). */
  needs: readonly BodyRegion[];
  /** Regions needed in a given view, instead of `needs` (e.g. the feet hide behind the body). */
  needsByView?: Partial<Record<CameraView, readonly BodyRegion[]>>;
  /**
   * Checks that need what not every pose model gives (depth, the heels and feet: MoveNet has
   * neither). With such a model the engine does not make them (the fault is not raised; a count
   * that needs it counts nothing) and the page lists them as unavailable.
   */
  modelNeeds?: readonly ModelDependentCheck[];
  /** Every fault the checker can raise, most important first (the cue order on a tie). */
  faults: readonly FaultSpec[];
  /** Validates the content file's `checker.params` (no defaults: the content file states them all). */
  paramsSchema: z.ZodType<P>;
  /** Method syntax on purpose: a registry holds definitions of different params types. */
  create(params: P): AssessFrame;
}

/** Identity helper that keeps a definition's params type while checking its shape. */
export function defineChecker<P extends TimingParams>(
  definition: CheckerDefinition<P>,
): CheckerDefinition<P> {
  return definition;
}
