import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { distanceBelowLine } from '../geometry/distance-from-line';
import { distance } from '../geometry/distance';
import { poseFeatures } from '../recognition/pose-features';
import { defineChecker } from './checker-definition';
import { severityAbove } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Seated forward fold, from the side: sitting on the floor with the legs long, folded forward from
 * the hips. Fault: the back rounding, seen as the head curling down below the line of the trunk.
 */
export const seatedForwardFoldChecker = defineChecker({
  kind: 'seated-forward-fold',
  mode: 'hold',
  view: 'side',
  needs: ['shoulders', 'hips', 'knees', 'ankles'],
  faults: [{ id: 'back-rounded', bodyPart: 'back' }],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    /** Hips-to-ankles line at most this steep: the legs long on the floor. */
    maxLegInclineDeg: z.number().min(0).max(90),
    /** Hip-knee-ankle at least this: the legs straight (a soft knee is fine). */
    minKneeAngleDeg: z.number().min(0).max(180),
    /** Shoulder-hip-knee at most this: folded forward (sitting tall is about 90). */
    maxHipAngleDeg: z.number().min(0).max(180),
    /** The ear this far below the hip-shoulder line (trunk lengths): the back rounds. */
    roundedBelow: z.number(),
  }),
  create(params) {
    return (body) => {
      const f = poseFeatures(body.points, body.visibility);
      const inPosition =
        f !== null &&
        f.legIncline <= params.maxLegInclineDeg &&
        f.kneeAngle >= params.minKneeAngleDeg &&
        f.hipAngle <= params.maxHipAngleDeg &&
        f.hipsAboveShoulders < 0;
      if (!f || !inPosition) return { inPosition: false, faults: [] };
      const near = sidePoints(body, body.nearSide);
      const trunk = distance(near.shoulder, near.hip);
      const curl = Math.abs(distanceBelowLine(near.ear, near.hip, near.shoulder)) / trunk;
      const rounded = severityAbove(curl, params.roundedBelow, 0.3);
      return {
        inPosition,
        faults: rounded > 0 ? [{ id: 'back-rounded', bodyPart: 'back', severity: rounded }] : [],
      };
    };
  },
});
