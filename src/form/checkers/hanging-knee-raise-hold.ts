import { z } from 'zod';
import { defineChecker, type AssessFrame } from './checker-definition';
import { faultIfAny } from './fault-if-any';
import { createSwingMeter, hangingShape, hangingParamsShape } from './hanging-family';
import { ANGLE_SETTLE_MOVING_PER_S, withSettleKey } from './settle-key';
import { severityAbove } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Hanging knee raise hold, from the side: hanging with the knees bent and pulled up. Faults: the
 * knees sinking below the hips (thighs below level), swinging.
 */
export const hangingKneeRaiseHoldChecker = defineChecker({
  kind: 'hanging-knee-raise-hold',
  mode: 'hold',
  view: 'side',
  settleMovingPerS: ANGLE_SETTLE_MOVING_PER_S,
  needs: ['shoulders', 'elbows', 'wrists', 'hips', 'knees'],
  faults: [
    { id: 'knees-too-low', bodyPart: 'knees' },
    { id: 'swinging', bodyPart: 'hips' },
  ],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    ...hangingParamsShape,
    /** Shoulder-hip-knee at most this: the knees are drawn up (hanging straight is 180). */
    maxHipAngleDeg: z.number().min(0).max(180),
    /** Shoulder-hip-knee above this: the thighs sink below level. */
    kneesLowAboveDeg: z.number().min(0).max(180),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    const swingOf = createSwingMeter(params);
    const assess: AssessFrame = (body) => {
      const f = hangingShape(body, params);
      if (!f || f.hipAngle > params.maxHipAngleDeg) return { inPosition: false, faults: [] };
      const low = severityAbove(f.hipAngle, params.kneesLowAboveDeg, params.severityRangeDeg);
      const swing = swingOf(body);
      return {
        inPosition: true,
        faults: [...faultIfAny('knees-too-low', 'knees', low), ...(swing ? [swing] : [])],
      };
    };
    // Settles by the hip angle: knees pulled up and held, not raised and lowered without a pause.
    return withSettleKey(assess, (body) => {
      const f = hangingShape(body, params);
      return f ? [f.hipAngle] : undefined;
    });
  },
});
