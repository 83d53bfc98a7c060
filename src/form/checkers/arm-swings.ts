import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { defineChecker } from './checker-definition';
import { createExcursionJudge } from './head-movement-family';
import { raisedFromHanging, standsUpright } from './standing-measures';
import { repTimingShape } from './timing-params';

/**
 * Arm swings, facing the camera: one arm reaches high while the other hangs, swapping in rhythm;
 * each reach is a rep of that arm's side. The movement is how far the higher arm is raised from
 * hanging (180 straight up). Fault: a reach that stops short of overhead.
 */
export const armSwingsChecker = defineChecker({
  kind: 'arm-swings',
  mode: 'reps',
  movingPart: 'arms',
  view: 'front',
  needs: ['shoulders', 'elbows', 'wrists', 'hips'],
  faults: [{ id: 'arm-too-low', bodyPart: 'arms' }],
  paramsSchema: z.strictObject({
    ...repTimingShape,
    maxLeanDeg: z.number().min(0).max(90),
    /** A reach that peaks below this (degrees from hanging) is too low. */
    fullRangeDeg: z.number().positive(),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    const judgeReach = createExcursionJudge(params);
    return (body) => {
      if (!standsUpright(body, params.maxLeanDeg)) return { inPosition: false, faults: [] };
      const [left, right] = (['left', 'right'] as const).map((side) => {
        const p = sidePoints(body, side);
        return raisedFromHanging(p.shoulder, p.wrist);
      }) as [number, number];
      const reach = Math.max(left, right);
      const low = judgeReach(reach, 'arm-too-low', 'arms');
      return {
        inPosition: true,
        movement: reach,
        side: left >= right ? 'left' : 'right',
        faults: low ? [low] : [],
      };
    };
  },
});
