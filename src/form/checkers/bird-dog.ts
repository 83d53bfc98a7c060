import { z } from 'zod';
import { otherSide, SIDE_INDICES, sidePoints } from '../body/body-side';
import { isVisible } from '../body/visibility';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { distanceBelowLine } from '../geometry/distance-from-line';
import { raiseFromDown } from '../geometry/elevation';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import type { BodyFrame, Fault, Side } from '../types';
import { defineChecker } from './checker-definition';
import { createHipsLevelJudge, hipsLevelParamsShape } from './hips-level';
import { headDroppedSeverity, headInLineShape } from './head-in-line';
import { severityBelow } from './severity';
import { createAwayFromPosition } from './away-from-position';
import { repTimingShape } from './timing-params';

interface LimbRaise {
  /** Degrees from hanging down (0) toward the line of the back (about 90); NaN when unseen. */
  arm: Record<Side, number>;
  leg: Record<Side, number>;
}

/**
 * Raise of each limb, from the landmarks really seen: the arm by its wrist (or elbow), the leg by its
 * knee (a straight leg points where its thigh points, and the foot often leaves the picture).
 */
function limbRaises(body: BodyFrame): LimbRaise {
  const arm = { left: Number.NaN, right: Number.NaN };
  const leg = { left: Number.NaN, right: Number.NaN };
  for (const side of ['left', 'right'] as const) {
    const i = SIDE_INDICES[side];
    const p = sidePoints(body, side);
    if (isVisible(body, i.wrist)) arm[side] = raiseFromDown(p.shoulder, p.wrist);
    else if (isVisible(body, i.elbow)) arm[side] = raiseFromDown(p.shoulder, p.elbow);
    if (isVisible(body, i.knee)) leg[side] = raiseFromDown(p.hip, p.knee);
  }
  return { arm, leg };
}

const maxOf = (...values: number[]) => Math.max(...values.filter(Number.isFinite), -Infinity);

/**
 * Bird-dog, on all fours seen from the side: one arm reaches forward and the opposite leg back, to
 * the line of the back, alternating. The movement is the highest raise of the lifting diagonal; the
 * rep's side is the arm's (left arm + right leg = left).
 */
export const birdDogChecker = defineChecker({
  kind: 'bird-dog',
  mode: 'reps',
  movingPart: 'legs',
  view: 'side',
  needs: ['shoulders', 'hips', 'knees'],
  faults: [
    { id: 'hips-not-level', bodyPart: 'hips' },
    { id: 'leg-too-low', bodyPart: 'legs' },
    { id: 'arm-too-low', bodyPart: 'arms' },
    { id: 'head-dropped', bodyPart: 'head' },
  ],
  paramsSchema: z.strictObject({
    ...repTimingShape,
    /** Shoulder-hip line at most this steep: on all fours. */
    maxTorsoInclinationDeg: z.number().min(0).max(90),
    /** A limb raised less than this (degrees from hanging down) is still supporting the body. */
    maxSupportRaiseDeg: z.number().min(0).max(90),
    /** At the top, a raised arm below this (degrees from hanging down): arm-too-low. */
    armFullRaiseDeg: z.number().min(0).max(180),
    /** At the top, a raised leg below this: leg-too-low. */
    legFullRaiseDeg: z.number().min(0).max(180),
    ...hipsLevelParamsShape,
    /** Ear-shoulder-hip angle below this with the head low: head-dropped. */
    neckBelowDeg: z.number().min(0).max(180),
    ...headInLineShape,
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    const hips = createHipsLevelJudge(params);
    const cameBack = createAwayFromPosition(params.holdExitMs);
    return (body) => {
      const near = sidePoints(body, body.nearSide);
      const raises = limbRaises(body);
      const supportArmSeen = [raises.arm.left, raises.arm.right].some(
        (r) => Number.isFinite(r) && r <= params.maxSupportRaiseDeg,
      );
      const supportLegSeen = [raises.leg.left, raises.leg.right].some(
        (r) => Number.isFinite(r) && r <= params.maxSupportRaiseDeg,
      );
      const onAllFours =
        inclinationFromHorizontal(near.shoulder, near.hip) <= params.maxTorsoInclinationDeg &&
        supportArmSeen &&
        supportLegSeen;
      // The rest seen before the person was away (out of sight, or off all fours) is no baseline
      // for what follows.
      if (cameBack(body.timestampMs, onAllFours)) hips.reset();
      if (!onAllFours) return { inPosition: false, faults: [] };

      // The lifting diagonal: left arm with right leg (side 'left'), or right arm with left leg.
      const diagonal = (side: Side) => maxOf(raises.arm[side], raises.leg[otherSide(side)]);
      const side: Side = diagonal('left') >= diagonal('right') ? 'left' : 'right';
      const movement = Math.max(0, diagonal(side));
      const atTop = movement >= params.repEnter;
      const rolled = hips.update(body, { atRest: movement <= params.repExit, atTop });
      const faults: Fault[] = rolled ? [rolled] : [];
      if (atTop) {
        const range = params.severityRangeDeg;
        const arm = raises.arm[side];
        const leg = raises.leg[otherSide(side)];
        const armLow = Number.isFinite(arm) ? severityBelow(arm, params.armFullRaiseDeg, range) : 0;
        const legLow = Number.isFinite(leg) ? severityBelow(leg, params.legFullRaiseDeg, range) : 0;
        if (legLow > 0) faults.push({ id: 'leg-too-low', bodyPart: 'legs', severity: legLow });
        if (armLow > 0) faults.push({ id: 'arm-too-low', bodyPart: 'arms', severity: armLow });
        const neck = angleAtJoint(near.ear, near.shoulder, near.hip);
        const headLow = distanceBelowLine(near.ear, near.hip, near.shoulder) > 0;
        const head = Math.max(
          headLow ? severityBelow(neck, params.neckBelowDeg, range) : 0,
          headDroppedSeverity(near.ear, near.shoulder, near.hip, params.maxHeadDrop),
        );
        if (head > 0) faults.push({ id: 'head-dropped', bodyPart: 'head', severity: head });
      }
      return { inPosition: true, movement, side, faults };
    };
  },
});
