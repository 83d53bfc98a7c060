import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import { distance } from '../geometry/distance';
import { facesCeiling, poseFeatures } from '../recognition/pose-features';
import { defineChecker } from './checker-definition';
import { faultIfAny } from './fault-if-any';
import { severityAbove } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Prone head lift, from the side: lying face down propped on the forearms, legs long on the
 * floor, the head lifted and held in line. Faults: the head dropped, the neck craned back, the
 * elbows not under the shoulders.
 */
export const proneHeadLiftChecker = defineChecker({
  kind: 'prone-head-lift',
  mode: 'hold',
  view: 'side',
  needs: ['shoulders', 'elbows', 'hips'],
  faults: [
    { id: 'head-dropped', bodyPart: 'head' },
    { id: 'neck-craned', bodyPart: 'neck' },
    { id: 'elbows-not-under-shoulders', bodyPart: 'elbows' },
  ],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    /** Shoulders-to-hips line at most this steep: lying propped on the forearms. */
    maxTrunkInclineDeg: z.number().min(0).max(90),
    /** Hips-to-ankles line at most this steep: legs long on the floor. */
    maxLegInclineDeg: z.number().min(0).max(90),
    /** Shoulder-elbow-wrist at most this: on the forearms, not the hands. */
    maxElbowAngleDeg: z.number().min(0).max(180),
    /** The nose this far below the shoulders (trunk lengths): the head has dropped. */
    headDroppedBelow: z.number(),
    /** The nose this far above the ear (trunk lengths): the head tips back, the neck cranes. */
    neckCranedAbove: z.number(),
    /** Upper arm more than this from vertical: the elbows are not under the shoulders. */
    maxUpperArmTiltDeg: z.number().min(0).max(90),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    return (body) => {
      const f = poseFeatures(body.points, body.visibility);
      const inPosition =
        f !== null &&
        !facesCeiling(f) &&
        f.trunkIncline <= params.maxTrunkInclineDeg &&
        f.legIncline <= params.maxLegInclineDeg &&
        f.elbowAngle <= params.maxElbowAngleDeg &&
        f.elbowsBelowShoulders > 0;
      if (!f || !inPosition) return { inPosition: false, faults: [] };
      const near = sidePoints(body, body.nearSide);
      const trunk = distance(near.shoulder, near.hip);
      const nose = body.points[0]!;
      const noseBelowShoulder = (nose.y - near.shoulder.y) / trunk;
      const dropped = severityAbove(noseBelowShoulder, params.headDroppedBelow, 0.3);
      const craned = severityAbove(-f.noseBelowEars, params.neckCranedAbove, 0.2);
      const tilt = 90 - inclinationFromHorizontal(near.shoulder, near.elbow);
      const elbows = severityAbove(tilt, params.maxUpperArmTiltDeg, params.severityRangeDeg);
      return {
        inPosition,
        faults: [
          ...faultIfAny('head-dropped', 'head', dropped),
          ...faultIfAny('neck-craned', 'neck', craned),
          ...faultIfAny('elbows-not-under-shoulders', 'elbows', elbows),
        ],
      };
    };
  },
});
