import { z } from 'zod';
import { defineChecker } from './checker-definition';
import { faultIfAny } from './fault-if-any';
import { createPressFollower, neckPressParamsShape } from './isometric-neck-press-family';
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
    const followPress = createPressFollower(params);
    return (body) => {
      const press = followPress(body);
      if (!press) return { inPosition: false, faults: [] };
      const { shape, moving } = press;
      const drop = (shape.nose.y - shape.ear.y) / shape.neck;
      const dropped = severityAbove(drop, params.headDroppedBelow, 0.3);
      return {
        inPosition: true,
        faults: [...(moving ? [moving] : []), ...faultIfAny('head-dropped', 'head', dropped)],
      };
    };
  },
});
