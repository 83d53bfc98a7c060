import { z } from 'zod';
import { defineChecker } from './checker-definition';
import {
  createHeadSteadiness,
  neckPressParamsShape,
  pressingShape,
} from './isometric-neck-press-family';
import { holdTimingShape } from './timing-params';

/**
 * Neck press forward, from the side: the forehead presses into the palm while the hand holds the
 * head still; the press is timed. Fault: the head moving.
 */
export const neckPressForwardChecker = defineChecker({
  kind: 'neck-press-forward',
  mode: 'hold',
  view: 'side',
  needs: ['head', 'shoulders', 'wrists'],
  faults: [{ id: 'head-moving', bodyPart: 'head' }],
  paramsSchema: z.strictObject({ ...holdTimingShape, ...neckPressParamsShape }),
  create(params) {
    const steadiness = createHeadSteadiness(params);
    return (body) => {
      const shape = pressingShape(body, params);
      if (!shape) {
        steadiness.reset();
        return { inPosition: false, faults: [] };
      }
      const moving = steadiness.update(body.timestampMs, shape);
      return { inPosition: true, faults: moving ? [moving] : [] };
    };
  },
});
