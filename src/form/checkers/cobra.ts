import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { distance } from '../geometry/distance';
import { facesCeiling, poseFeatures } from '../recognition/pose-features';
import { defineChecker } from './checker-definition';
import { severityAbove, severityBelow } from './severity';
import { holdTimingShape } from './timing-params';

/**
 * Cobra-style press-up, from the side (or at an angle): lying face down with the legs long on the
 * floor, the upper body pressed up on the hands so the back arches. Faults: the hips lifting off
 * the floor, the shoulders hunched up to the ears, the neck craned back.
 */
export const cobraChecker = defineChecker({
  kind: 'cobra',
  mode: 'hold',
  view: 'side',
  needs: ['shoulders', 'wrists', 'hips', 'knees'],
  faults: [
    { id: 'hips-lifted', bodyPart: 'hips' },
    { id: 'shoulders-raised', bodyPart: 'shoulders' },
    { id: 'neck-craned', bodyPart: 'neck' },
  ],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    /** Hips-to-ankles line at most this steep: the legs long on the floor. */
    maxLegInclineDeg: z.number().min(0).max(90),
    /** Shoulders-to-hips line within this range: the chest pressed up, not lying, not kneeling up. */
    minTrunkInclineDeg: z.number().min(0).max(90),
    maxTrunkInclineDeg: z.number().min(0).max(90),
    /** The hands at least this far below the shoulders (trunk lengths): pressing on the floor. */
    minWristsBelowShoulders: z.number(),
    /** The hips more than this above the ankles (trunk lengths): lifted off the floor. */
    hipsLiftedAbove: z.number(),
    /** The ear less than this above the shoulder (trunk lengths): the shoulders are hunched. */
    minEarAboveShoulder: z.number(),
    /** The nose more than this above the ear (trunk lengths): the head is thrown back. */
    neckCranedAbove: z.number(),
  }),
  create(params) {
    return (body) => {
      const f = poseFeatures(body.points, body.visibility);
      const inPosition =
        f !== null &&
        !facesCeiling(f) &&
        f.legIncline <= params.maxLegInclineDeg &&
        f.trunkIncline >= params.minTrunkInclineDeg &&
        f.trunkIncline <= params.maxTrunkInclineDeg &&
        f.hipsAboveShoulders < 0 &&
        f.wristsBelowShoulders >= params.minWristsBelowShoulders;
      if (!f || !inPosition) return { inPosition: false, faults: [] };
      const near = sidePoints(body, body.nearSide);
      const trunk = distance(near.shoulder, near.hip);
      const earAbove = (near.shoulder.y - near.ear.y) / trunk;
      const lifted = severityAbove(f.hipsAboveAnkles, params.hipsLiftedAbove, 0.3);
      const hunched = severityBelow(earAbove, params.minEarAboveShoulder, 0.1);
      const craned = severityAbove(-f.noseBelowEars, params.neckCranedAbove, 0.2);
      return {
        inPosition,
        faults: [
          ...(lifted > 0
            ? [{ id: 'hips-lifted', bodyPart: 'hips' as const, severity: lifted }]
            : []),
          ...(hunched > 0
            ? [{ id: 'shoulders-raised', bodyPart: 'shoulders' as const, severity: hunched }]
            : []),
          ...(craned > 0
            ? [{ id: 'neck-craned', bodyPart: 'neck' as const, severity: craned }]
            : []),
        ],
      };
    };
  },
});
