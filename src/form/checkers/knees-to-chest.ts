import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { sidePoints } from '../body/body-side';
import { isVisible } from '../body/visibility';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { distance } from '../geometry/distance';
import { poseFeatures } from '../recognition/pose-features';
import type { Side } from '../types';
import { defineChecker } from './checker-definition';
import { severityAbove } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Knees to chest, from the side: lying on the back with BOTH knees drawn up to the chest and both
 * feet off the floor (one knee at a time is a different stretch and is not timed). Fault: the knees
 * not hugged in close.
 */
export const kneesToChestChecker = defineChecker({
  kind: 'knees-to-chest',
  mode: 'hold',
  view: 'side',
  needs: ['shoulders', 'hips', 'knees'],
  faults: [{ id: 'knees-not-hugged', bodyPart: 'knees' }],
  modelNeeds: [{ needs: 'feet', check: 'timing the hold (both feet must be seen off the floor)' }],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    /** Shoulders-to-hips line at most this steep: lying down (the head may lift). */
    maxTrunkInclineDeg: z.number().min(0).max(90),
    /** Each leg's shoulder-hip-knee at most this: both thighs drawn up toward the chest. */
    maxHipAngleDeg: z.number().min(0).max(180),
    /** The knees at least this far above the hips (trunk lengths): drawn up, not kneeling. */
    minKneesAboveHips: z.number(),
    /** Shoulder-hip-knee above this: the knees are not hugged in close. */
    huggedHipAngleDeg: z.number().min(0).max(180),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    const hipAngle = (body: Parameters<typeof sidePoints>[0], side: Side) => {
      const p = sidePoints(body, side);
      return angleAtJoint(p.shoulder, p.hip, p.knee);
    };
    return (body) => {
      const f = poseFeatures(body.points, body.visibility);
      if (!f) return { inPosition: false, faults: [] };
      const left = hipAngle(body, 'left');
      const right = hipAngle(body, 'right');
      const near = sidePoints(body, body.nearSide);
      const far = sidePoints(body, body.nearSide === 'left' ? 'right' : 'left');
      // The far knee hides behind the near one when both are drawn up; a far knee left on the
      // floor shows as a knee well away from the near one.
      const trunk = distance(near.shoulder, near.hip);
      const kneesTogether = distance(near.knee, far.knee) <= 0.5 * trunk;
      // Both feet off the floor tells the hug from a single-knee stretch, so the feet must be in
      // the picture (a close-up of the knees cannot tell the two apart).
      const feetSeen = [LANDMARK.leftFootIndex, LANDMARK.rightFootIndex].some((i) =>
        isVisible(body, i),
      );
      const feetUp = [near, far].every((leg) => leg.ankle.y < leg.hip.y - 0.1 * trunk);
      const inPosition =
        f.trunkIncline <= params.maxTrunkInclineDeg &&
        f.kneesAboveHips >= params.minKneesAboveHips &&
        Math.max(left, right) <= params.maxHipAngleDeg &&
        kneesTogether &&
        feetSeen &&
        feetUp;
      if (!inPosition) return { inPosition: false, faults: [] };
      const loose = severityAbove(
        Math.max(left, right),
        params.huggedHipAngleDeg,
        params.severityRangeDeg,
      );
      return {
        inPosition,
        faults: loose > 0 ? [{ id: 'knees-not-hugged', bodyPart: 'knees', severity: loose }] : [],
      };
    };
  },
});
