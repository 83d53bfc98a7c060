import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import { severityAbove } from './severity';
import {
  CAT_COW_SHORT_RANGE,
  catCowDepthFaults,
  catCowParamsShape,
  createDepthJudge,
  spineFlexion,
} from './cat-cow-family';
import { defineChecker } from './checker-definition';
import { createAwayFromPosition } from './away-from-position';
import { faultIfAny } from './fault-if-any';

/**
 * Cat-cow on all fours, seen from the side: cycles counted from the back's rounding and arching.
 * Faults: a cat or cow that stops short of its end, the hands not under the shoulders.
 */
export const catCowChecker = defineChecker({
  kind: 'cat-cow',
  mode: 'reps',
  movingPart: 'back',
  repStyle: 'two-ended',
  view: 'side',
  needs: ['head', 'shoulders', 'hips', 'knees'],
  shortRangeFaults: CAT_COW_SHORT_RANGE,
  faults: [...catCowDepthFaults, { id: 'hands-not-under-shoulders', bodyPart: 'wrists' }],
  paramsSchema: z.strictObject({
    ...catCowParamsShape,
    /** Shoulder-hip line at most this steep: on all fours the back is roughly level. */
    maxTorsoInclinationDeg: z.number().min(0).max(90),
    /** Thigh (hip-knee) at least this steep: kneeling with the knees under the hips. */
    minThighInclinationDeg: z.number().min(0).max(90),
    /** Arm (shoulder-wrist) at least this steep: leaning on the hands. */
    minArmInclinationDeg: z.number().min(0).max(90),
    /** Arm tilted more than this from vertical: hands-not-under-shoulders. */
    maxArmTiltDeg: z.number().min(0).max(90),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    const depth = createDepthJudge(params);
    const cameBack = createAwayFromPosition(params.holdExitMs);
    return (body) => {
      const s = sidePoints(body, body.nearSide);
      const arm = s.wrist.y > s.shoulder.y ? inclinationFromHorizontal(s.shoulder, s.wrist) : 0;
      const onAllFours =
        inclinationFromHorizontal(s.shoulder, s.hip) <= params.maxTorsoInclinationDeg &&
        s.knee.y > s.hip.y &&
        inclinationFromHorizontal(s.hip, s.knee) >= params.minThighInclinationDeg &&
        arm >= params.minArmInclinationDeg;
      // A swing seen before the person was away (out of sight, or off all fours) is not the one
      // seen after.
      if (cameBack(body.timestampMs, onAllFours)) depth.reset();
      if (!onAllFours) return { inPosition: false, faults: [] };
      const movement = spineFlexion(body);
      const short = depth.update(movement);
      const hands = severityAbove(90 - arm, params.maxArmTiltDeg, params.severityRangeDeg);
      return {
        inPosition: true,
        movement,
        faults: [
          ...(short ? [short] : []),
          ...faultIfAny('hands-not-under-shoulders', 'wrists', hands),
        ],
      };
    };
  },
});
