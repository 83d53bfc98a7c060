import { z } from 'zod';
import { defineChecker } from './checker-definition';
import { faultIfAny } from './fault-if-any';
import {
  createHeadSteadiness,
  neckPressParamsShape,
  pressingShape,
} from './isometric-neck-press-family';
import { severityAbove } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Neck press back, seated, from the side: the back of the head presses into the clasped hands and
 * the head stays still; the press is timed. Faults: the head moving, the chin dropping to the chest.
 */
export const neckPressBackChecker = defineChecker({
  kind: 'neck-press-back',
  mode: 'hold',
  view: 'side',
  needs: ['head', 'shoulders'],
  faults: [
    { id: 'head-moving', bodyPart: 'head' },
    { id: 'head-dropped', bodyPart: 'head' },
  ],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    ...neckPressParamsShape,
    /** The nose more than this below the ear (neck lengths): the chin has dropped. */
    headDroppedBelow: z.number(),
  }),
  create(params) {
    const steadiness = createHeadSteadiness(params);
    return (body) => {
      const shape = pressingShape(body, params);
      if (!shape) {
        steadiness.reset();
        return { inPosition: false, faults: [] };
      }
      const moving = steadiness.update(body.timestampMs, shape);
      const drop = (shape.nose.y - shape.ear.y) / shape.neck;
      const dropped = severityAbove(drop, params.headDroppedBelow, 0.3);
      return {
        inPosition: true,
        faults: [...(moving ? [moving] : []), ...faultIfAny('head-dropped', 'head', dropped)],
      };
    };
  },
});
