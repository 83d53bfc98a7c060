import { z } from 'zod';
import { defineChecker } from './checker-definition';
import { createSwingMeter, hangingShape, hangingParamsShape } from './hanging-family';
import { holdTimingShape } from './timing-params';

/** Bar hang, any view: hanging relaxed on straight arms, timed. Fault: swinging. */
export const barHangChecker = defineChecker({
  kind: 'bar-hang',
  mode: 'hold',
  view: 'any',
  needs: ['shoulders', 'elbows', 'wrists', 'hips'],
  faults: [{ id: 'swinging', bodyPart: 'hips' }],
  paramsSchema: z.strictObject({ ...holdTimingShape, ...hangingParamsShape }),
  create(params) {
    const swingOf = createSwingMeter(params);
    return (body) => {
      const f = hangingShape(body, params);
      if (!f) return { inPosition: false, faults: [] };
      const swing = swingOf(body);
      return { inPosition: true, faults: swing ? [swing] : [] };
    };
  },
});
