import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import { bendParamsShape, trunkLean } from './bend-family';
import { defineChecker } from './checker-definition';
import { severityBelow } from './severity';

/**
 * Forward bend, from the side: standing on straight legs, each bend of the trunk forward and back
 * up is a rep (the movement is the trunk's lean from upright). Fault: the knees bending.
 */
export const forwardBendChecker = defineChecker({
  kind: 'forward-bend',
  mode: 'reps',
  movingPart: 'back',
  view: 'side',
  needs: ['shoulders', 'hips', 'knees', 'ankles'],
  faults: [{ id: 'knees-bent', bodyPart: 'knees' }],
  paramsSchema: z.strictObject({
    ...bendParamsShape,
    /** Hip-to-ankle line at least this steep: standing. */
    minLegInclineDeg: z.number().min(0).max(90),
    /** Hip-knee-ankle below this: the knees are bent. */
    minKneeAngleDeg: z.number().min(0).max(180),
  }),
  create(params) {
    return (body) => {
      const lean = trunkLean(body);
      const p = sidePoints(body, body.nearSide);
      if (!lean || inclinationFromHorizontal(p.hip, p.ankle) < params.minLegInclineDeg) {
        return { inPosition: false, faults: [] };
      }
      const knees = severityBelow(
        angleAtJoint(p.hip, p.knee, p.ankle),
        params.minKneeAngleDeg,
        params.severityRangeDeg,
      );
      return {
        inPosition: true,
        movement: lean.deg,
        faults: knees > 0 ? [{ id: 'knees-bent', bodyPart: 'knees', severity: knees }] : [],
      };
    };
  },
});
