import { z } from 'zod';
import { defineChecker } from './checker-definition';
import {
  createExcursionJudge,
  excursion,
  headExcursionParamsShape,
  shoulderFault,
  shoulderTilt,
  visibleHeadPose,
} from './head-movement-family';

/**
 * Neck tilts, facing the camera: each tilt of the ear toward one shoulder is one rep of that
 * side, counted as the head gets there (an excursion), read from the eye line against the
 * shoulder line. Hitching the shoulder up to the ear instead is the fault to catch.
 */
export const neckTiltsChecker = defineChecker({
  kind: 'neck-tilts',
  mode: 'reps',
  movingPart: 'head',
  repStyle: 'excursion',
  view: 'front',
  needs: ['head', 'shoulders'],
  faults: [
    { id: 'shoulders-raised', bodyPart: 'shoulders' },
    { id: 'tilt-too-small', bodyPart: 'head' },
  ],
  paramsSchema: z.strictObject(headExcursionParamsShape),
  create(params) {
    const judgeTilt = createExcursionJudge(params);
    return (body) => {
      const head = visibleHeadPose(body);
      if (!head) return { inPosition: false, faults: [] };
      const faults = [
        shoulderFault(
          shoulderTilt(body),
          'shoulders-raised',
          params.maxShoulderDeg,
          params.severityRangeDeg,
        ),
        judgeTilt(Math.abs(head.rollDeg), 'tilt-too-small', 'head'),
      ].filter((f) => f !== null);
      return excursion(head.rollDeg, faults);
    };
  },
});
