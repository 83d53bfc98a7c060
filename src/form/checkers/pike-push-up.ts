import { z } from 'zod';
import { poseFeatures } from '../recognition/pose-features';
import { defineChecker } from './checker-definition';
import { faultIfAny } from './fault-if-any';
import { createExcursionJudge } from './head-movement-family';
import { severityAbove } from './severity';
import { repTimingShape } from './timing-params';

/**
 * Pike push-up, from the side: in an inverted V (hips the highest point), the elbows bend to bring
 * the head toward the floor and straighten again. Movement: how far the elbows bend (180 minus the
 * elbow angle). Faults: the hips dropping out of the pike, a push-up that does not go deep enough.
 */
export const pikePushUpChecker = defineChecker({
  kind: 'pike-push-up',
  mode: 'reps',
  movingPart: 'hips',
  view: 'side',
  needs: ['shoulders', 'elbows', 'wrists', 'hips', 'ankles'],
  faults: [
    { id: 'hips-dropped', bodyPart: 'hips' },
    { id: 'not-deep-enough', bodyPart: 'elbows' },
  ],
  paramsSchema: z.strictObject({
    ...repTimingShape,
    /** Hips at least this far above shoulders and ankles (trunk lengths): in the pike. */
    minHipsAbove: z.number(),
    /** Shoulder-hip-knee above this: the hips are dropping toward a plank. */
    hipsDroppedAboveDeg: z.number().min(0).max(180),
    /** A push-up whose elbows bend less than this (degrees from straight) is not deep enough. */
    fullRangeDeg: z.number().positive(),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    const judgeDepth = createExcursionJudge(params);
    return (body) => {
      const f = poseFeatures(body.points, body.visibility);
      const inPosition =
        f !== null &&
        f.hipsAboveShoulders >= params.minHipsAbove &&
        f.hipsAboveAnkles >= params.minHipsAbove &&
        f.wristsBelowShoulders > 0;
      if (!f || !inPosition) return { inPosition: false, faults: [] };
      const bend = 180 - f.elbowAngle;
      const dropped = severityAbove(
        f.hipAngle,
        params.hipsDroppedAboveDeg,
        params.severityRangeDeg,
      );
      const shallow = judgeDepth(bend, 'not-deep-enough', 'elbows');
      return {
        inPosition,
        movement: bend,
        faults: [...faultIfAny('hips-dropped', 'hips', dropped), ...(shallow ? [shallow] : [])],
      };
    };
  },
});
