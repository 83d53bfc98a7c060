import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { sidePoints } from '../body/body-side';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { distanceBelowLine } from '../geometry/distance-from-line';
import { distance } from '../geometry/distance';
import { facesCeiling, poseFeatures } from '../recognition/pose-features';
import { defineChecker } from './checker-definition';
import { faultIfAny } from './fault-if-any';
import { severityAbove, severityBelow } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Reverse table-top, from the side: face up on straight arms and the feet, the hips lifted level
 * with the shoulders and knees (or, legs straight, in one line with the ankles: the reverse plank).
 * Faults: the hips sagging below that line, the head hanging back.
 */
export const reverseTableChecker = defineChecker({
  kind: 'reverse-table',
  mode: 'hold',
  view: 'side',
  needs: ['shoulders', 'wrists', 'hips', 'knees'],
  faults: [
    { id: 'hips-sagging', bodyPart: 'hips' },
    { id: 'head-dropped', bodyPart: 'head' },
  ],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    /** Shoulder-elbow-wrist at least this: the arms hold the body up straight. */
    minElbowAngleDeg: z.number().min(0).max(180),
    /** The hands at least this far below the shoulders (trunk lengths): on the hands, not lying. */
    minWristsBelowShoulders: z.number(),
    /** Shoulders-to-hips line at most this steep: the trunk lifted to a table, not sitting. */
    maxTrunkInclineDeg: z.number().min(0).max(90),
    /** Shoulder-hip-knee (knees bent) or shoulder-hip-ankle (legs straight) below this: sagging. */
    sagBelowDeg: z.number().min(0).max(180),
    /** Hip-knee-ankle above this: legs straight, the line runs to the ankles. */
    straightLegFromDeg: z.number().min(0).max(180),
    /** The ear this far below the shoulder (trunk lengths): the head hangs back. */
    headDroppedBelow: z.number(),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    return (body) => {
      const f = poseFeatures(body.points, body.visibility);
      const inPosition =
        f !== null &&
        facesCeiling(f, true) &&
        f.elbowAngle >= params.minElbowAngleDeg &&
        f.wristsBelowShoulders >= params.minWristsBelowShoulders &&
        f.trunkIncline <= params.maxTrunkInclineDeg &&
        f.hipsAboveShoulders > -1;
      if (!f || !inPosition) return { inPosition: false, faults: [] };
      const near = sidePoints(body, body.nearSide);
      const legStraight = f.kneeAngle >= params.straightLegFromDeg;
      const lineEnd = legStraight ? near.ankle : near.knee;
      const line = angleAtJoint(near.shoulder, near.hip, lineEnd);
      const hipsLow = distanceBelowLine(near.hip, near.shoulder, lineEnd) > 0;
      const sag = hipsLow ? severityBelow(line, params.sagBelowDeg, params.severityRangeDeg) : 0;
      const ear = body.points[body.nearSide === 'left' ? LANDMARK.leftEar : LANDMARK.rightEar];
      const trunk = distance(near.shoulder, near.hip);
      const earBelow = ear && trunk > 0 ? (ear.y - near.shoulder.y) / trunk : 0;
      const head = severityAbove(earBelow, params.headDroppedBelow, 0.3);
      return {
        inPosition,
        faults: [
          ...faultIfAny('hips-sagging', 'hips', sag),
          ...faultIfAny('head-dropped', 'head', head),
        ],
      };
    };
  },
});
