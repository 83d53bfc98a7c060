/**
 * Plank or downward dog: the one decision the issue asks the recogniser to get right on stills
 * ("plank and downward-dog stills told apart"). It is a pairwise decision, for a body already known
 * to be in one of the two: it never answers "neither", unlike `recognisePose`, which also has to
 * say when a body is in no position at all.
 *
 * The two differ in the body line, which a physiotherapist reads at a glance: a plank holds
 * shoulders, hips and legs in about one line; a downward dog folds at the hips into an inverted V
 * with the hips at its apex. So the decision reads the body line alone (shoulders, hips, knees,
 * ankles, see `bodyLine`) and not the arms or the head: it can be made when the arms are hidden or
 * lost (a silhouette), and it cannot be made only when the body line itself is not seen.
 */
import type { Point } from '../types';
import { bodyLine, type BodyLine } from './pose-features';

/**
 * Folded at the hips (shoulder-hip-knee) below this, the body is nearer a dog's right-angle fold
 * (90) than a plank's straight line (180): halfway between the two.
 */
export const DOG_FOLD_BELOW_DEG = 135;

export type PlankOrDog = 'plank' | 'downward-dog';

/**
 * Which of the two a body line is nearer: 'downward-dog' for an inverted V (folded at the hips past
 * `DOG_FOLD_BELOW_DEG`, the hips higher than both the shoulders and the ankles), 'plank' for any
 * other line, straight or sagging.
 */
export function plankOrDogFromLine(line: BodyLine): PlankOrDog {
  const invertedV =
    line.hipAngle < DOG_FOLD_BELOW_DEG && line.hipsAboveShoulders > 0 && line.hipsAboveAnkles > 0;
  return invertedV ? 'downward-dog' : 'plank';
}

/** Plank or downward dog for one pose; null when its body line is not seen well enough to decide. */
export function plankOrDog(
  points: readonly Point[],
  visibility: readonly number[],
): PlankOrDog | null {
  const line = bodyLine(points, visibility);
  return line ? plankOrDogFromLine(line) : null;
}
