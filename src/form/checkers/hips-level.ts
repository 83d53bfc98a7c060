/**
 * Whether the hips stay level as a leg lifts (bird-dog, prone lifts), seen from the side. A roll of
 * the pelvis about the spine shows in a side view as the two hip landmarks parting vertically; the
 * gap is taken in torso lengths (near shoulder to near hip) so that it does not depend on the
 * distance from the camera, and from its value at rest (see change-from-rest), so that a camera
 * above or below the hips does not read as a roll.
 *
 * Only a lift that started from a rest seen from the side is judged: when the hip line runs across
 * the picture (oblique or square-on views), the pelvis turning about the vertical also parts the
 * hips vertically under a camera above them. The view is taken at rest because a roll itself turns
 * the hip line toward the picture and can make the lift look oblique.
 *
 * The world landmarks' hip line is not used: in a side view it runs along the depth, the model's
 * least certain axis, and on recorded good-form lifts it tilted about twice as far as the picture
 * showed (31 degrees in a bird-dog whose picture gap changed by 0.15 torso lengths).
 */
import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { distance } from '../geometry/distance';
import { createChangeFromRest } from '../movement/change-from-rest';
import type { BodyFrame, Fault } from '../types';
import { severityAbove } from './severity';

export const hipsLevelParamsShape = {
  /**
   * The hips' vertical gap changing by more than this many torso lengths from rest:
   * hips-not-level (full severity at twice as much). The hip landmark follows a lifting thigh a
   * little: recorded good lifts changed the gap by up to 0.15 (bird-dog, leg to the line of the
   * back) and 0.10 (prone, leg some 30 degrees up). With the pelvis about 0.55 torso lengths wide,
   * 0.3 is a roll of about 30 degrees.
   */
  maxHipRoll: z.number().positive(),
};

/** The left hip's height below the right one in the picture, in torso lengths. */
export function hipHeightGap(body: BodyFrame): number {
  const near = sidePoints(body, body.nearSide);
  const torso = distance(near.shoulder, near.hip);
  if (torso === 0) return Number.NaN;
  return (sidePoints(body, 'left').hip.y - sidePoints(body, 'right').hip.y) / torso;
}

export interface HipsLevelJudge {
  /** The hips-not-level fault at this frame, if the hips have rolled at the top of a lift. */
  update(body: BodyFrame, phase: { atRest: boolean; atTop: boolean }): Fault | null;
  /** The person left the position: the rest must be seen again. */
  reset(): void;
}

/** Follows the hips' gap through rests and lifts; names hips-not-level at the top of a lift. */
export function createHipsLevelJudge(params: { maxHipRoll: number }): HipsLevelJudge {
  const gap = createChangeFromRest();
  return {
    update(body, phase) {
      // A rest seen from another view leaves nothing trustworthy to measure against.
      if (phase.atRest && body.view !== 'side') gap.reset();
      const roll = Math.abs(gap.update(hipHeightGap(body), phase.atRest && body.view === 'side'));
      if (!phase.atTop || !Number.isFinite(roll)) return null;
      const severity = severityAbove(roll, params.maxHipRoll, params.maxHipRoll);
      return severity > 0 ? { id: 'hips-not-level', bodyPart: 'hips', severity } : null;
    },
    reset: () => gap.reset(),
  };
}
