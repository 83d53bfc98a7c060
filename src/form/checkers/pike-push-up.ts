import { z } from 'zod';
import { poseFeatures } from '../recognition/pose-features';
import { defineChecker } from './checker-definition';
import { faultIfAny } from './fault-if-any';
import { createExcursionJudge } from './head-movement-family';
import { severityAbove } from './severity';
import { createAwayFromPosition } from './away-from-position';
import { repTimingShape } from './timing-params';

/**
 * Pike push-up, from the side or obliquely: in an inverted V (hips the highest point), the elbows
 * bend to bring the head toward the floor between the hands and straighten again. Movement: how
 * far the shoulders have come down toward the hands, as a share of their height above the hands at
 * the top of the last few seconds (0 at the top). The elbow angle says the same from straight
 * side-on, but obliquely the near elbow hides behind the body at the bottom and reads 20 degrees
 * straighter than it is; the shoulders' height does not depend on it. Faults: the hips dropping out
 * of the pike, a push-up that does not go deep enough.
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
    severityRangeDeg: z.number().positive(),
    /** The top's height is the highest of this long: the person's own straight-arm pike. */
    topWindowMs: z.number().positive(),
    /** A push-up lowering the shoulders less than this share of their height: not deep enough. */
    fullLowering: z.number().positive().max(1),
    /** How far short of `fullLowering` a push-up is at full severity. */
    loweringSeverityRange: z.number().positive(),
  }),
  create(params) {
    const judgeDepth = createExcursionJudge({
      repEnter: params.repEnter,
      fullRangeDeg: params.fullLowering,
      severityRangeDeg: params.loweringSeverityRange,
    });
    const cameBack = createAwayFromPosition(params.holdExitMs);
    // Shoulder heights above the hands (trunk lengths) in position, the last topWindowMs of them.
    let heights: { t: number; height: number }[] = [];
    return (body) => {
      const t = body.timestampMs;
      const f = poseFeatures(body.points, body.visibility);
      const inPosition =
        f !== null &&
        f.hipsAboveShoulders >= params.minHipsAbove &&
        f.hipsAboveAnkles >= params.minHipsAbove &&
        f.wristsBelowShoulders > 0;
      if (cameBack(t, inPosition)) heights = [];
      if (!f || !inPosition) return { inPosition: false, faults: [] };
      heights = [
        ...heights.filter((h) => h.t >= t - params.topWindowMs),
        { t, height: f.wristsBelowShoulders },
      ];
      const top = Math.max(...heights.map((h) => h.height));
      const lowering = 1 - f.wristsBelowShoulders / top;
      const dropped = severityAbove(
        f.hipAngle,
        params.hipsDroppedAboveDeg,
        params.severityRangeDeg,
      );
      const shallow = judgeDepth(lowering, 'not-deep-enough', 'elbows');
      return {
        inPosition,
        movement: lowering,
        faults: [...faultIfAny('hips-dropped', 'hips', dropped), ...(shallow ? [shallow] : [])],
      };
    };
  },
});
