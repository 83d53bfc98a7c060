import { z } from 'zod';
import { defineChecker } from './checker-definition';
import { createPressFollower, neckPressParamsShape } from './isometric-neck-press-family';
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
    const followPress = createPressFollower(params);
    return (body) => {
      const press = followPress(body);
      if (!press) return { inPosition: false, faults: [] };
      return { inPosition: true, faults: press.moving ? [press.moving] : [] };
    };
  },
});
