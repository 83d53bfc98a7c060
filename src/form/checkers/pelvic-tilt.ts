import { z } from 'zod';
import { poseFeatures } from '../recognition/pose-features';
import { defineChecker } from './checker-definition';
import { severityAbove } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Pelvic tilt, from the side: lying on the back, knees bent and feet flat, the lower back pressed
 * into the mat. The tilt itself is too small to see reliably in a camera picture, so the checker
 * times the position and catches the common mistake: lifting the hips (a bridge) instead.
 */
export const pelvicTiltChecker = defineChecker({
  kind: 'pelvic-tilt',
  mode: 'hold',
  view: 'side',
  needs: ['shoulders', 'hips', 'knees', 'ankles'],
  faults: [{ id: 'hips-lifted', bodyPart: 'hips' }],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    /** Shoulders-to-hips line at most this steep: lying down, or the hips lifted a little (a fault). */
    maxTrunkInclineDeg: z.number().min(0).max(90),
    /** Hip-knee-ankle within this range: knees bent, feet flat. */
    minKneeAngleDeg: z.number().min(0).max(180),
    maxKneeAngleDeg: z.number().min(0).max(180),
    /** The knees at least this far above the hips (trunk lengths): knees up, not lying flat. */
    minKneesAboveHips: z.number(),
    /** The hips more than this above the shoulders (trunk lengths): lifted off the mat. */
    hipsLiftedAbove: z.number(),
  }),
  create(params) {
    return (body) => {
      const f = poseFeatures(body.points, body.visibility);
      const inPosition =
        f !== null &&
        f.kneeAngle >= params.minKneeAngleDeg &&
        f.kneeAngle <= params.maxKneeAngleDeg &&
        f.kneesAboveHips >= params.minKneesAboveHips &&
        f.trunkIncline <= params.maxTrunkInclineDeg &&
        Math.abs(f.shouldersAboveAnkles) <= 0.5 &&
        f.wristsBelowShoulders <= 0.5;
      if (!f || !inPosition) return { inPosition: false, faults: [] };
      const lifted = severityAbove(f.hipsAboveShoulders, params.hipsLiftedAbove, 0.3);
      return {
        inPosition,
        faults: lifted > 0 ? [{ id: 'hips-lifted', bodyPart: 'hips', severity: lifted }] : [],
      };
    };
  },
});
