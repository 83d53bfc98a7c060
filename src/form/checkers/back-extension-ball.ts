import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { distanceBelowLine } from '../geometry/distance-from-line';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import { defineChecker } from './checker-definition';
import { severityAbove } from './severity';
import { repTimingShape } from './timing-params';

/**
 * Back extension over a gym ball, from the side: the legs straight with the feet on the floor, the
 * trunk hanging over the ball lifts until it lines up with the legs, and lowers again; each lift is
 * a rep. The movement is the trunk's angle to the legs' line, negative while it hangs below it,
 * 0 in line, positive when arched past it. Fault: over-extending past the line.
 */
export const backExtensionBallChecker = defineChecker({
  kind: 'back-extension-ball',
  mode: 'reps',
  movingPart: 'back',
  view: 'side',
  needs: ['shoulders', 'hips', 'knees', 'ankles'],
  faults: [{ id: 'over-extended', bodyPart: 'back' }],
  paramsSchema: z.strictObject({
    ...repTimingShape,
    /** Hip-knee-ankle at least this: the legs straight. */
    minKneeAngleDeg: z.number().min(0).max(180),
    /** The legs' line (hips to ankles) within this range from horizontal: feet down, hips up. */
    minLegInclineDeg: z.number().min(0).max(90),
    maxLegInclineDeg: z.number().min(0).max(90),
    /** The trunk arched more than this above the legs' line: over-extended. */
    maxOverExtensionDeg: z.number().min(0).max(90),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    return (body) => {
      const p = sidePoints(body, body.nearSide);
      const legIncline = inclinationFromHorizontal(p.hip, p.ankle);
      const inPosition =
        angleAtJoint(p.hip, p.knee, p.ankle) >= params.minKneeAngleDeg &&
        legIncline >= params.minLegInclineDeg &&
        legIncline <= params.maxLegInclineDeg &&
        p.ankle.y > p.hip.y;
      if (!inPosition) return { inPosition: false, faults: [] };
      // Bend away from the legs' line: 180 minus the ankle-hip-shoulder angle, signed by the side of
      // the line the shoulders are on.
      const bend = 180 - angleAtJoint(p.ankle, p.hip, p.shoulder);
      const below = distanceBelowLine(p.shoulder, p.ankle, p.hip) > 0;
      const lift = below ? -bend : bend;
      const over = severityAbove(lift, params.maxOverExtensionDeg, params.severityRangeDeg);
      return {
        inPosition,
        movement: lift,
        faults: over > 0 ? [{ id: 'over-extended', bodyPart: 'back', severity: over }] : [],
      };
    };
  },
});
