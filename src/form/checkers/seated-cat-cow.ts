import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import { catCowParamsShape, spineFlexion } from './cat-cow-family';
import { defineChecker } from './checker-definition';

/** Cat-cow seated on a chair, seen from the side: cycles from the back's rounding and arching. */
export const seatedCatCowChecker = defineChecker({
  kind: 'seated-cat-cow',
  mode: 'reps',
  repStyle: 'two-ended',
  view: 'side',
  needs: ['head', 'shoulders', 'hips', 'knees'],
  faults: [],
  paramsSchema: z.strictObject({
    ...catCowParamsShape,
    /** Shoulder-hip line at least this steep: sitting up (rounding included), not lying. */
    minTorsoInclinationDeg: z.number().min(0).max(90),
    /** Thigh (hip-knee) at most this steep: seated, thighs roughly level. */
    maxThighInclinationDeg: z.number().min(0).max(90),
  }),
  create(params) {
    return (body) => {
      const s = sidePoints(body, body.nearSide);
      const seated =
        s.shoulder.y < s.hip.y &&
        inclinationFromHorizontal(s.shoulder, s.hip) >= params.minTorsoInclinationDeg &&
        inclinationFromHorizontal(s.hip, s.knee) <= params.maxThighInclinationDeg;
      if (!seated) return { inPosition: false, faults: [] };
      return { inPosition: true, movement: spineFlexion(body), faults: [] };
    };
  },
});
