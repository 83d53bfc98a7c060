import { z } from 'zod';
import { defineChecker } from './checker-definition';
import {
  createExcursionJudge,
  excursion,
  headExcursionParamsShape,
  shoulderFault,
  shoulderTurn,
  visibleHeadPose,
} from './head-movement-family';

/**
 * Neck turns, facing the camera: each turn of the head to one side is one rep of that side,
 * counted as the head gets there (an excursion), read from the nose's place between the ears; the
 * shoulders should stay square.
 */
export const neckTurnsChecker = defineChecker({
  kind: 'neck-turns',
  mode: 'reps',
  movingPart: 'head',
  repStyle: 'excursion',
  view: 'front',
  needs: ['head', 'shoulders'],
  faults: [
    { id: 'shoulders-turning', bodyPart: 'shoulders' },
    { id: 'turn-too-small', bodyPart: 'head' },
  ],
  paramsSchema: z.strictObject(headExcursionParamsShape),
  create(params) {
    const judgeTurn = createExcursionJudge(params);
    return (body) => {
      const head = visibleHeadPose(body);
      if (!head) return { inPosition: false, faults: [] };
      const faults = [
        shoulderFault(
          shoulderTurn(body),
          'shoulders-turning',
          params.maxShoulderDeg,
          params.severityRangeDeg,
        ),
        judgeTurn(Math.abs(head.yawDeg), 'turn-too-small', 'head'),
      ].filter((f) => f !== null);
      return excursion(head.yawDeg, faults);
    };
  },
});
