import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import {
  CAT_COW_SHORT_RANGE,
  catCowDepthFaults,
  catCowParamsShape,
  createDepthJudge,
  spineFlexion,
} from './cat-cow-family';
import { defineChecker } from './checker-definition';
import { createAwayFromPosition } from './away-from-position';

/**
 * Cat-cow seated on a chair, seen from the side: cycles from the back's rounding and arching, read
 * as the head's bend from the back's line plus the trunk's lean toward the thighs. Faults: a cat or
 * cow that stops short of its end.
 */
export const seatedCatCowChecker = defineChecker({
  kind: 'seated-cat-cow',
  mode: 'reps',
  movingPart: 'back',
  repStyle: 'two-ended',
  view: 'side',
  needs: ['head', 'shoulders', 'hips', 'knees'],
  shortRangeFaults: CAT_COW_SHORT_RANGE,
  faults: catCowDepthFaults,
  paramsSchema: z.strictObject({
    ...catCowParamsShape,
    /** Shoulder-hip line at least this steep: sitting up (rounding included), not lying. */
    minTorsoInclinationDeg: z.number().min(0).max(90),
    /** Thigh (hip-knee) at most this steep: seated, thighs roughly level. */
    maxThighInclinationDeg: z.number().min(0).max(90),
  }),
  create(params) {
    const depth = createDepthJudge(params);
    const cameBack = createAwayFromPosition(params.holdExitMs);
    return (body) => {
      const s = sidePoints(body, body.nearSide);
      const seated =
        s.shoulder.y < s.hip.y &&
        inclinationFromHorizontal(s.shoulder, s.hip) >= params.minTorsoInclinationDeg &&
        inclinationFromHorizontal(s.hip, s.knee) <= params.maxThighInclinationDeg;
      // A swing seen before the person was away (out of sight, or not seated) is not the one
      // seen after.
      if (cameBack(body.timestampMs, seated)) depth.reset();
      if (!seated) return { inPosition: false, faults: [] };
      // Seated, the back's rounding also tips the trunk toward the thighs and its arching leans it
      // back; the head alone barely moves in a seated cow. Trunk lean: 0 at a right angle.
      const trunkLean = 90 - angleAtJoint(s.shoulder, s.hip, s.knee);
      const movement = spineFlexion(body) + trunkLean;
      const short = depth.update(movement);
      return { inPosition: true, movement, faults: short ? [short] : [] };
    };
  },
});
