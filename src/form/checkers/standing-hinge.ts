import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { distanceBelowLine } from '../geometry/distance-from-line';
import { distance } from '../geometry/distance';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import { defineChecker } from './checker-definition';
import { faultIfAny } from './fault-if-any';
import { severityAbove, severityBelow } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Standing hip hinge, from the side: legs upright, the back and the arms in one line at about a
 * right angle to the legs. Faults: the back rounding, the arms dropping out of line, the knees bent.
 */
export const standingHingeChecker = defineChecker({
  kind: 'standing-hinge',
  mode: 'hold',
  view: 'side',
  needs: ['shoulders', 'wrists', 'hips', 'knees', 'ankles'],
  faults: [
    { id: 'back-rounded', bodyPart: 'back' },
    { id: 'arms-dropped', bodyPart: 'arms' },
    { id: 'knees-bent', bodyPart: 'knees' },
  ],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    /** Hip-to-ankle line at least this steep: standing. */
    minLegInclineDeg: z.number().min(0).max(90),
    /** Shoulder-hip-knee within this many degrees of a right angle: hinged. */
    hingeToleranceDeg: z.number().min(0).max(90),
    /** Hip-shoulder-wrist below this: the arms are out of line with the back. */
    minArmLineDeg: z.number().min(0).max(180),
    /** Hip-knee-ankle below this: the knees are bent. */
    minKneeAngleDeg: z.number().min(0).max(180),
    /** The ear this far below the hip-shoulder line (trunk lengths): the back rounds. */
    roundedBelow: z.number(),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    return (body) => {
      const p = sidePoints(body, body.nearSide);
      const hip = angleAtJoint(p.shoulder, p.hip, p.knee);
      const inPosition =
        inclinationFromHorizontal(p.hip, p.ankle) >= params.minLegInclineDeg &&
        Math.abs(hip - 90) <= params.hingeToleranceDeg &&
        p.ankle.y > p.hip.y;
      if (!inPosition) return { inPosition: false, faults: [] };
      const range = params.severityRangeDeg;
      const trunk = distance(p.shoulder, p.hip);
      const curl = Math.abs(distanceBelowLine(p.ear, p.hip, p.shoulder)) / trunk;
      const rounded = severityAbove(curl, params.roundedBelow, 0.3);
      const arms = severityBelow(
        angleAtJoint(p.hip, p.shoulder, p.wrist),
        params.minArmLineDeg,
        range,
      );
      const knees = severityBelow(
        angleAtJoint(p.hip, p.knee, p.ankle),
        params.minKneeAngleDeg,
        range,
      );
      return {
        inPosition,
        faults: [
          ...faultIfAny('back-rounded', 'back', rounded),
          ...faultIfAny('arms-dropped', 'arms', arms),
          ...faultIfAny('knees-bent', 'knees', knees),
        ],
      };
    };
  },
});
