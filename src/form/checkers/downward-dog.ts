import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { poseFeatures } from '../recognition/pose-features';
import { defineChecker } from './checker-definition';
import { faultIfAny } from './fault-if-any';
import { severityAbove, severityBelow } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Downward dog, from the side: an inverted V on the hands and feet with the hips the highest point.
 * Faults: the back rounding (arms and back out of one line), the hips dropping toward a plank.
 */
export const downwardDogChecker = defineChecker({
  kind: 'downward-dog',
  mode: 'hold',
  view: 'side',
  needs: ['shoulders', 'wrists', 'hips', 'ankles'],
  faults: [
    { id: 'hips-dropped', bodyPart: 'hips' },
    { id: 'back-rounded', bodyPart: 'back' },
  ],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    /** Shoulder-hip-knee at most this: folded at the hips (a plank is near 180). */
    maxHipAngleDeg: z.number().min(0).max(180),
    /** Hips at least this far above shoulders and ankles (trunk lengths): the top of the V. */
    minHipsAbove: z.number(),
    /** Hip-knee-ankle at least this: knees may soften, not fold. */
    minKneeAngleDeg: z.number().min(0).max(180),
    /** Shoulder-hip-knee above this: the hips are dropping. */
    hipsDroppedAboveDeg: z.number().min(0).max(180),
    /** Wrist-shoulder-hip below this: arms and back are out of one line, the back rounds. */
    minArmBackLineDeg: z.number().min(0).max(180),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    return (body) => {
      const f = poseFeatures(body.points, body.visibility);
      const inPosition =
        f !== null &&
        f.hipAngle <= params.maxHipAngleDeg &&
        f.hipsAboveShoulders >= params.minHipsAbove &&
        f.hipsAboveAnkles >= params.minHipsAbove &&
        f.wristsBelowShoulders > 0 &&
        f.kneeAngle >= params.minKneeAngleDeg;
      if (!f || !inPosition) return { inPosition: false, faults: [] };
      const near = sidePoints(body, body.nearSide);
      const range = params.severityRangeDeg;
      const dropped = severityAbove(f.hipAngle, params.hipsDroppedAboveDeg, range);
      const line = angleAtJoint(near.wrist, near.shoulder, near.hip);
      const rounded = severityBelow(line, params.minArmBackLineDeg, range);
      return {
        inPosition,
        faults: [
          ...faultIfAny('hips-dropped', 'hips', dropped),
          ...faultIfAny('back-rounded', 'back', rounded),
        ],
      };
    };
  },
});
