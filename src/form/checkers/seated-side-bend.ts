import { z } from 'zod';
import { bendParamsShape, forwardLeanFault, trunkLean } from './bend-family';
import { defineChecker } from './checker-definition';
import { createFeetFloor } from './feet-floor';

/**
 * Seated side bend, facing the camera: each lean of the trunk to one side and back up is a rep of
 * that side, and the time at the full lean is timed as a hold. Fault: leaning forward instead.
 */
export const seatedSideBendChecker = defineChecker({
  kind: 'seated-side-bend',
  mode: 'reps',
  movingPart: 'back',
  view: 'front',
  needs: ['shoulders', 'hips'],
  modelNeeds: [
    { needs: 'depth', check: 'leaning forward while bending sideways', faultId: 'leaning-forward' },
  ],
  faults: [{ id: 'leaning-forward', bodyPart: 'back' }],
  paramsSchema: z.strictObject({
    ...bendParamsShape,
    /** The trunk tipped toward the camera more than this: leaning forward. */
    maxForwardLeanDeg: z.number().min(0).max(90),
  }),
  create(params) {
    const level = createFeetFloor();
    return (seen) => {
      const body = level(seen);
      const lean = trunkLean(body);
      if (!lean) return { inPosition: false, faults: [] };
      const forward = forwardLeanFault(body, params.maxForwardLeanDeg, params.severityRangeDeg);
      return {
        inPosition: true,
        movement: lean.deg,
        side: lean.side,
        faults: forward ? [forward] : [],
      };
    };
  },
});
