import { z } from 'zod';
import { SIDE_INDICES } from '../body/body-side';
import { defineChecker } from './checker-definition';
import { raisedFromHanging3d, standsUpright } from './standing-measures';
import { repTimingShape } from './timing-params';

/**
 * Running on the spot, any view: each knee lift is a rep of that leg. The movement is how far the
 * higher thigh is raised from hanging (90 with the thigh level), in 3-D from the world landmarks so
 * that a knee lifted toward the camera counts too; both feet on the floor between strides is the
 * rest that separates one lift from the next.
 */
export const runningOnTheSpotChecker = defineChecker({
  kind: 'running-on-the-spot',
  mode: 'reps',
  movingPart: 'knees',
  view: 'any',
  needs: ['shoulders', 'hips', 'knees'],
  faults: [],
  paramsSchema: z.strictObject({
    ...repTimingShape,
    maxLeanDeg: z.number().min(0).max(90),
  }),
  create(params) {
    return (body) => {
      if (!standsUpright(body, params.maxLeanDeg)) return { inPosition: false, faults: [] };
      const [left, right] = (['left', 'right'] as const).map((side) => {
        const hip = body.world[SIDE_INDICES[side].hip];
        const knee = body.world[SIDE_INDICES[side].knee];
        return hip && knee ? raisedFromHanging3d(hip, knee) : 0;
      }) as [number, number];
      return {
        inPosition: true,
        movement: Math.max(left, right),
        side: left >= right ? 'left' : 'right',
        faults: [],
      };
    };
  },
});
