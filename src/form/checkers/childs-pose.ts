import { z } from 'zod';
import { poseFeatures } from '../recognition/pose-features';
import { defineChecker } from './checker-definition';
import { faultIfAny } from './fault-if-any';
import { severityAbove, severityBelow } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Child's pose, from the side: kneeling, sat back toward the heels and folded over the thighs with
 * the head down. Faults: the hips lifting off the heels, the head coming up once settled, the arms
 * not stretched forward.
 */
export const childsPoseChecker = defineChecker({
  kind: 'childs-pose',
  mode: 'hold',
  view: 'side',
  needs: ['shoulders', 'hips', 'knees'],
  faults: [
    { id: 'hips-off-heels', bodyPart: 'hips' },
    { id: 'head-up', bodyPart: 'head' },
    { id: 'arms-not-extended', bodyPart: 'arms' },
  ],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    /** Hip-knee-ankle at most this: kneeling with the knees folded (not on all fours). */
    maxKneeAngleDeg: z.number().min(0).max(180),
    /** Shoulder-hip-knee at most this: folded forward over the thighs. */
    maxHipAngleDeg: z.number().min(0).max(180),
    /** Shoulders-to-hips line at most this steep: the trunk lowered, not sitting up. */
    maxTrunkInclineDeg: z.number().min(0).max(90),
    /** The nose at least this far below the hips (trunk lengths; negative allows a little above). */
    minNoseBelowHips: z.number(),
    /**
     * The nose at least this far below the shoulders (trunk lengths) to settle into the pose: the
     * head lowered toward the mat. Folding with the head up is still on the way down; once settled,
     * lifting the head is a fault, not leaving the pose.
     */
    minHeadDrop: z.number(),
    /** Hip-knee-ankle above this: the hips have lifted off the heels. */
    hipsOffHeelsKneeDeg: z.number().min(0).max(180),
    /** Shoulder-elbow-wrist below this: the arms are not stretched out. */
    minElbowAngleDeg: z.number().min(0).max(180),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    let settled = false;
    return (body) => {
      const f = poseFeatures(body.points, body.visibility);
      const folded =
        f !== null &&
        f.kneeAngle <= params.maxKneeAngleDeg &&
        f.hipAngle <= params.maxHipAngleDeg &&
        f.trunkIncline <= params.maxTrunkInclineDeg &&
        f.noseBelowHips >= params.minNoseBelowHips;
      if (!f || !folded) {
        settled = false;
        return { inPosition: false, faults: [] };
      }
      const headDrop = f.noseBelowHips - f.hipsAboveShoulders;
      settled ||= headDrop >= params.minHeadDrop;
      if (!settled) return { inPosition: false, faults: [] };
      const inPosition = true;
      const range = params.severityRangeDeg;
      const headUp = severityBelow(headDrop, params.minHeadDrop, 0.2);
      const hips = severityAbove(f.kneeAngle, params.hipsOffHeelsKneeDeg, range);
      const arms = severityBelow(f.elbowAngle, params.minElbowAngleDeg, range);
      return {
        inPosition,
        faults: [
          ...faultIfAny('hips-off-heels', 'hips', hips),
          ...faultIfAny('head-up', 'head', headUp),
          ...faultIfAny('arms-not-extended', 'arms', arms),
        ],
      };
    };
  },
});
