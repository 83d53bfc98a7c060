import { z } from 'zod';
import { defineChecker } from './checker-definition';
import {
  assessPlankFromFront,
  assessPlankLine,
  forearmPlankParamsShape,
  PLANK_LINE_FAULTS,
  readPlankShape,
  whileLegsStill,
  withArmTiltFault,
} from './plank-family';

/** Forearm plank, seen from the side: the body line, the neck, elbows under the shoulders. */
export const plankChecker = defineChecker({
  kind: 'plank',
  mode: 'hold',
  view: 'side',
  alsoRecognisedFrom: ['front'],
  needs: ['shoulders', 'hips', 'ankles'],
  needsByView: { front: ['shoulders', 'hips'] },
  faults: [...PLANK_LINE_FAULTS, { id: 'elbows-not-under-shoulders', bodyPart: 'elbows' }],
  paramsSchema: z.strictObject(forearmPlankParamsShape),
  create(params) {
    return whileLegsStill(params, (body) => {
      if (body.view === 'front') return assessPlankFromFront(body, params);
      const shape = readPlankShape(body, false);
      const assessment = assessPlankLine(shape, params);
      if (!assessment.inPosition || shape.onStraightArms) return assessment;
      return withArmTiltFault(
        assessment,
        shape,
        'elbows-not-under-shoulders',
        params.maxElbowTiltDeg,
        params.severityRangeDeg,
      );
    });
  },
});
