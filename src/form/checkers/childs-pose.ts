import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { createTrunkTravel } from '../movement/trunk-travel';
import { bodyLine, poseFeatures } from '../recognition/pose-features';
import { defineChecker, type AssessFrame } from './checker-definition';
import { faultIfAny } from './fault-if-any';
import { onKneelingFloor } from './on-kneeling-floor';
import { ANGLE_SETTLE_MOVING_PER_S, withSettleKey } from './settle-key';
import { createAwayFromPosition } from './away-from-position';
import { severityAbove, severityBelow } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Child's pose, from the side: kneeling, sat back toward the heels and folded over the thighs with
 * the head down. Faults: the hips lifting off the heels, the head coming up once settled, the arms
 * not stretched forward.
 *
 * Folding forward is not yet the pose: people fold part way, come up and fold again on their way
 * into it. The pose is settled, and its hold begins, when the head has gone down toward the mat,
 * or, for someone whose head stays higher, when the chest has come down below the hips and the
 * trunk has come to rest there (still for the hold's entry time). Once settled, the head coming
 * up is a fault and small shifts do not end the pose; unfolding does.
 *
 * With the arms stretched out, the pose is read against its floor (knee to hand), not the picture:
 * rolled 8 degrees one way or the other, the studio clip timed 2 s outside its hold, or 2 s short.
 */
export const childsPoseChecker = defineChecker({
  kind: 'childs-pose',
  mode: 'hold',
  view: 'side',
  settleMovingPerS: ANGLE_SETTLE_MOVING_PER_S,
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
    /**
     * The hips at least this far above the shoulders (trunk lengths) to settle by resting: the
     * chest lowered below the pelvis, which a part-way fold (chest above the hips) never is.
     */
    minHipsAboveShoulders: z.number(),
    /**
     * At rest: the shoulders (relative to the hips) within this many trunk lengths of where they
     * are now over the last `restWindowMs`. Breathing moves them about 0.01-0.03.
     */
    maxRestTravel: z.number().positive(),
    /** How long the trunk must have stayed within `maxRestTravel` to be at rest. */
    restWindowMs: z.number().positive(),
    /** Hip-knee-ankle above this: the hips have lifted off the heels. */
    hipsOffHeelsKneeDeg: z.number().min(0).max(180),
    /** Shoulder-elbow-wrist below this: the arms are not stretched out. */
    minElbowAngleDeg: z.number().min(0).max(180),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    let settled = false;
    /** Since when the person has been resting with the chest lowered, before settling. */
    let restingSinceMs: number | null = null;
    const cameBack = createAwayFromPosition(params.holdExitMs);
    const travel = createTrunkTravel(params.restWindowMs);
    const assess: AssessFrame = (body) => {
      const f = poseFeatures(body.points, body.visibility);
      const p = body.points;
      const moved = f
        ? travel.update(
            body.timestampMs,
            [p[LANDMARK.leftShoulder]!, p[LANDMARK.rightShoulder]!],
            [p[LANDMARK.leftHip]!, p[LANDMARK.rightHip]!],
          )
        : null;
      const folded =
        f !== null &&
        f.kneeAngle <= params.maxKneeAngleDeg &&
        f.hipAngle <= params.maxHipAngleDeg &&
        f.trunkIncline <= params.maxTrunkInclineDeg &&
        f.noseBelowHips >= params.minNoseBelowHips;
      // Back after being away (out of sight, or unfolded): the pose must settle again, or a
      // part-way fold seen on coming back would be timed. Not for a frame or two the model
      // misplaces: a settled pose would be lost for every one.
      if (cameBack(body.timestampMs, folded)) {
        settled = false;
        restingSinceMs = null;
      }
      if (!f || !folded) {
        restingSinceMs = null;
        return { inPosition: false, faults: [] };
      }
      const headDrop = f.noseBelowHips - f.hipsAboveShoulders;
      const resting =
        f.hipsAboveShoulders >= params.minHipsAboveShoulders &&
        moved !== null &&
        moved <= params.maxRestTravel;
      restingSinceMs = resting ? (restingSinceMs ?? body.timestampMs) : null;
      // Rested as long as the engine needs to start the hold, so that both agree on its start.
      const rested =
        restingSinceMs !== null && body.timestampMs - restingSinceMs >= params.holdEnterMs;
      settled ||= headDrop >= params.minHeadDrop || rested;
      // Resting but not yet for long: in position, so the hold's entry time runs from here.
      if (!settled && !resting) return { inPosition: false, faults: [] };
      const range = params.severityRangeDeg;
      const headUp = severityBelow(headDrop, params.minHeadDrop, 0.2);
      const hips = severityAbove(f.kneeAngle, params.hipsOffHeelsKneeDeg, range);
      const arms = severityBelow(f.elbowAngle, params.minElbowAngleDeg, range);
      return {
        inPosition: true,
        faults: [
          ...faultIfAny('hips-off-heels', 'hips', hips),
          ...faultIfAny('head-up', 'head', headUp),
          ...faultIfAny('arms-not-extended', 'arms', arms),
        ],
      };
    };
    // The hold settles by the fold itself: the hip angle stops closing, and ends as it opens.
    return onKneelingFloor(
      withSettleKey(assess, (body) => {
        const line = bodyLine(body.points, body.visibility);
        return line ? [line.hipAngle] : undefined;
      }),
    );
  },
});
