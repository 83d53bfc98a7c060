import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import { poseFeatures } from '../recognition/pose-features';
import { defineChecker } from './checker-definition';
import { severityBelow } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Thread the needle, from the side: on all fours, one arm slides under the body so the shoulder
 * sinks toward the floor and the upper back turns; the threaded position is timed. The hips stay
 * above the knees (sitting back toward the heels makes it a child's pose). Fault: the hips shifting
 * off the knees.
 */
export const threadTheNeedleChecker = defineChecker({
  kind: 'thread-the-needle',
  mode: 'hold',
  view: 'side',
  needs: ['shoulders', 'hips', 'knees'],
  faults: [{ id: 'hips-shifted', bodyPart: 'hips' }],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    /** Hip-knee-ankle within this range: kneeling, the shins on the floor. */
    minKneeAngleDeg: z.number().min(0).max(180),
    maxKneeAngleDeg: z.number().min(0).max(180),
    /** The shoulders at least this far below the hips (trunk lengths): threaded under. */
    minShoulderDrop: z.number(),
    /** The thigh (hip to knee) at least this steep: the hips above the knees, not sat back. */
    minThighInclineDeg: z.number().min(0).max(90),
    /** Below this thigh steepness the hips have shifted (a fault, while still in position). */
    hipsShiftedBelowDeg: z.number().min(0).max(90),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    return (body) => {
      const f = poseFeatures(body.points, body.visibility);
      if (!f) return { inPosition: false, faults: [] };
      const p = sidePoints(body, body.nearSide);
      const knee = angleAtJoint(p.hip, p.knee, p.ankle);
      const thigh = inclinationFromHorizontal(p.hip, p.knee);
      const inPosition =
        knee >= params.minKneeAngleDeg &&
        knee <= params.maxKneeAngleDeg &&
        p.knee.y > p.hip.y &&
        thigh >= params.minThighInclineDeg &&
        f.hipsAboveShoulders >= params.minShoulderDrop;
      if (!inPosition) return { inPosition: false, faults: [] };
      const shifted = severityBelow(thigh, params.hipsShiftedBelowDeg, params.severityRangeDeg);
      return {
        inPosition,
        faults: shifted > 0 ? [{ id: 'hips-shifted', bodyPart: 'hips', severity: shifted }] : [],
      };
    };
  },
});
