import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { distance } from '../geometry/distance';
import { midpoint } from '../geometry/midpoint';
import { defineChecker } from './checker-definition';
import { severityBelow } from './severity';
import { standsUpright } from './standing-measures';
import { holdTimingShape } from './timing-params';

/**
 * Standing breathing, facing the camera: standing tall and calm, timed. Fault: the shoulders
 * creeping up toward the ears (the neck, ears above shoulders, shortens against the shoulder width).
 */
export const standingBreathingChecker = defineChecker({
  kind: 'standing-breathing',
  mode: 'hold',
  view: 'front',
  needs: ['head', 'shoulders', 'hips'],
  faults: [{ id: 'shoulders-raised', bodyPart: 'shoulders' }],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    maxLeanDeg: z.number().min(0).max(90),
    /** Ears less than this (shoulder widths) above the shoulders: the shoulders are raised. */
    minNeckToShoulderWidth: z.number().positive(),
  }),
  create(params) {
    return (body) => {
      if (!standsUpright(body, params.maxLeanDeg)) return { inPosition: false, faults: [] };
      const p = body.points;
      const shoulders = midpoint(p[LANDMARK.leftShoulder]!, p[LANDMARK.rightShoulder]!);
      const ears = midpoint(p[LANDMARK.leftEar]!, p[LANDMARK.rightEar]!);
      const width = distance(p[LANDMARK.leftShoulder]!, p[LANDMARK.rightShoulder]!);
      const neck = width > 0 ? (shoulders.y - ears.y) / width : 1;
      const raised = severityBelow(neck, params.minNeckToShoulderWidth, 0.1);
      return {
        inPosition: true,
        faults:
          raised > 0 ? [{ id: 'shoulders-raised', bodyPart: 'shoulders', severity: raised }] : [],
      };
    };
  },
});
