import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import { midpoint } from '../geometry/midpoint';
import { bendParamsShape, forwardLeanFault, trunkLean } from './bend-family';
import { defineChecker } from './checker-definition';
import { createFeetFloor } from './feet-floor';

/**
 * Standing side bend, facing the camera, arms stretched overhead: each lean to one side and back
 * up is a rep of that side. Faults: leaning forward, the arms dropping from overhead.
 */
export const standingSideBendChecker = defineChecker({
  kind: 'standing-side-bend',
  mode: 'reps',
  movingPart: 'back',
  view: 'front',
  needs: ['shoulders', 'wrists', 'hips', 'knees', 'ankles'],
  modelNeeds: [
    { needs: 'depth', check: 'leaning forward while bending sideways', faultId: 'leaning-forward' },
  ],
  faults: [
    { id: 'leaning-forward', bodyPart: 'back' },
    { id: 'arms-dropped', bodyPart: 'arms' },
  ],
  paramsSchema: z.strictObject({
    ...bendParamsShape,
    maxForwardLeanDeg: z.number().min(0).max(90),
    /** Hips-to-ankles line at least this steep: standing. */
    minLegInclineDeg: z.number().min(0).max(90),
  }),
  create(params) {
    const level = createFeetFloor();
    return (seen) => {
      const body = level(seen);
      const lean = trunkLean(body);
      const p = body.points;
      const ankles = midpoint(p[LANDMARK.leftAnkle]!, p[LANDMARK.rightAnkle]!);
      if (!lean || inclinationFromHorizontal(lean.hips, ankles) < params.minLegInclineDeg) {
        return { inPosition: false, faults: [] };
      }
      const forward = forwardLeanFault(body, params.maxForwardLeanDeg, params.severityRangeDeg);
      // Overhead: both hands above the nose.
      const nose = p[LANDMARK.nose]!;
      const handsDown = [LANDMARK.leftWrist, LANDMARK.rightWrist].some((i) => p[i]!.y > nose.y);
      return {
        inPosition: true,
        movement: lean.deg,
        side: lean.side,
        faults: [
          ...(forward ? [forward] : []),
          ...(handsDown ? [{ id: 'arms-dropped', bodyPart: 'arms' as const, severity: 0.5 }] : []),
        ],
      };
    };
  },
});
