import { z } from 'zod';
import { defineChecker } from './checker-definition';
import { severityBelow } from './severity';
import { excursion, visibleHeadPose } from './head-movement-family';
import { repTimingShape } from './timing-params';

/**
 * Head turns with the chin kept down toward the chest: counted like neck turns, and the chin
 * must stay lowered (the nose well below the ear line) throughout.
 */
export const chinTuckTurnsChecker = defineChecker({
  kind: 'chin-tuck-turns',
  mode: 'reps',
  movingPart: 'head',
  repStyle: 'excursion',
  view: 'front',
  needs: ['head', 'shoulders'],
  faults: [{ id: 'chin-lifted', bodyPart: 'head' }],
  paramsSchema: z.strictObject({
    ...repTimingShape,
    /** The nod (pitch) the chin must keep, degrees below the ear line. */
    minChinDownDeg: z.number(),
    /** Degrees past the threshold at which the fault is at full severity. */
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    return (body) => {
      const head = visibleHeadPose(body);
      if (!head) return { inPosition: false, faults: [] };
      const severity = severityBelow(head.pitchDeg, params.minChinDownDeg, params.severityRangeDeg);
      const faults =
        severity > 0 ? [{ id: 'chin-lifted', bodyPart: 'head' as const, severity }] : [];
      return excursion(head.yawDeg, faults);
    };
  },
});
