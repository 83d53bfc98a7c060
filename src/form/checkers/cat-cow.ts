import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import { severityAbove } from './severity';
import { catCowParamsShape, spineFlexion } from './cat-cow-family';
import { defineChecker } from './checker-definition';

/** Cat-cow on all fours, seen from the side: cycles counted from the back's rounding and arching. */
export const catCowChecker = defineChecker({
  kind: 'cat-cow',
  mode: 'reps',
  repStyle: 'two-ended',
  view: 'side',
  needs: ['head', 'shoulders', 'hips', 'knees'],
  faults: [{ id: 'hands-not-under-shoulders', bodyPart: 'wrists' }],
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
    return (body) => {
      const s = sidePoints(body, body.nearSide);
      const arm = s.wrist.y > s.shoulder.y ? inclinationFromHorizontal(s.shoulder, s.wrist) : 0;
      const onAllFours =
        inclinationFromHorizontal(s.shoulder, s.hip) <= params.maxTorsoInclinationDeg &&
        s.knee.y > s.hip.y &&
        inclinationFromHorizontal(s.hip, s.knee) >= params.minThighInclinationDeg &&
        arm >= params.minArmInclinationDeg;
      if (!onAllFours) return { inPosition: false, faults: [] };
      const hands = severityAbove(90 - arm, params.maxArmTiltDeg, params.severityRangeDeg);
      return {
        inPosition: true,
        movement: spineFlexion(body),
        faults:
          hands > 0
            ? [{ id: 'hands-not-under-shoulders', bodyPart: 'wrists', severity: hands }]
            : [],
      };
    };
  },
});
