import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { hipStackDeg } from '../body/hip-stack';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { distance } from '../geometry/distance';
import { distanceBelowLine } from '../geometry/distance-from-line';
import { defineChecker } from './checker-definition';
import {
  assessPlankLine,
  forearmPlankParamsShape,
  PLANK_LINE_FAULTS,
  plankLineKey,
  readPlankShape,
  whileLegsStill,
  withArmTiltFault,
  type PlankShape,
} from './plank-family';
import { ANGLE_SETTLE_MOVING_PER_S, withSettleKey } from './settle-key';
import type { BodyFrame } from '../types';

/**
 * How high the lower hip is above the floor, in trunk lengths: its height above the line from
 * where the supporting arm meets the floor (the elbow on the forearm, the hand on a straight arm)
 * to the lower foot. Held in a side plank the hip sits on the shoulder-ankle line, well above that
 * floor line; resting on the mat it is only the pelvis's half-width up.
 */
function hipLift(body: BodyFrame, shape: PlankShape): number {
  const left = sidePoints(body, 'left');
  const right = sidePoints(body, 'right');
  const lowerHip = left.hip.y > right.hip.y ? left.hip : right.hip;
  const lowerAnkle = left.ankle.y > right.ankle.y ? left.ankle : right.ankle;
  const onFloor = shape.onStraightArms ? shape.arm.wrist : shape.arm.elbow;
  const torso = distance(shape.shoulder, shape.hip);
  return torso > 0 ? -distanceBelowLine(lowerHip, onFloor, lowerAnkle) / torso : 0;
}

/**
 * Side plank, seen from the front (chest to the camera): the body line from the middle of the
 * shoulders to the middle of the ankles, the head in line, the lower arm under the shoulder.
 */
export const sidePlankChecker = defineChecker({
  kind: 'side-plank',
  mode: 'hold',
  view: 'front',
  settleMovingPerS: ANGLE_SETTLE_MOVING_PER_S,
  needs: ['shoulders', 'hips', 'ankles'],
  faults: [...PLANK_LINE_FAULTS, { id: 'elbows-not-under-shoulders', bodyPart: 'elbows' }],
  paramsSchema: z.strictObject({
    ...forearmPlankParamsShape,
    /**
     * The hips stacked, their line (in 3-D, from the world landmarks) at least this far from level:
     * lying on the side, not facing the floor, whatever the camera angle.
     */
    minHipStackDeg: z.number().min(0).max(90),
    /**
     * The lower hip at least this many trunk lengths off the floor (see hipLift), or the hips rest
     * on the mat: lying on the side propped on an elbow (as while listening to instructions) is
     * not a side plank, however straight the line. Recorded side planks hold the hip 0.33-0.48
     * up, lying propped on the elbow 0.11-0.18.
     */
    minHipLift: z.number().nonnegative(),
  }),
  create(params) {
    const assess = whileLegsStill(params, (body) => {
      // Unmeasured (NaN) is not stacked.
      if (!(hipStackDeg(body) >= params.minHipStackDeg)) return { inPosition: false, faults: [] };
      // Both legs long: the midline would hide one knee drawn in (a crunch, a knee-down variant).
      const legsLong = (['left', 'right'] as const).every((side) => {
        const leg = sidePoints(body, side);
        return angleAtJoint(leg.hip, leg.knee, leg.ankle) >= params.minKneeAngleDeg;
      });
      if (!legsLong) return { inPosition: false, faults: [] };
      const shape = readPlankShape(body, true);
      if (hipLift(body, shape) < params.minHipLift) return { inPosition: false, faults: [] };
      const assessment = assessPlankLine(shape, params);
      if (!assessment.inPosition) return assessment;
      return withArmTiltFault(
        assessment,
        shape,
        'elbows-not-under-shoulders',
        params.maxElbowTiltDeg,
        params.severityRangeDeg,
      );
    });
    return withSettleKey(assess, (body) => plankLineKey(readPlankShape(body, true)));
  },
});
