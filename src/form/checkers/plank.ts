import { z } from 'zod';
import { defineChecker } from './checker-definition';
import {
  assessPlankFromFront,
  assessPlankLine,
  forearmPlankParamsShape,
  PLANK_LINE_FAULTS,
  plankLineKey,
  readPlankShape,
  whileLegsStill,
  withArmTiltFault,
} from './plank-family';
import { ANGLE_SETTLE_MOVING_PER_S, withSettleKey } from './settle-key';

/** Forearm plank, seen from the side: the body line, the neck, elbows under the shoulders. */
export const plankChecker = defineChecker({
  kind: 'plank',
  mode: 'hold',
  view: 'side',
  settleMovingPerS: ANGLE_SETTLE_MOVING_PER_S,
  alsoRecognisedFrom: ['front'],
  needs: ['shoulders', 'hips', 'ankles'],
  needsByView: { front: ['shoulders', 'hips'] },
  faults: [...PLANK_LINE_FAULTS, { id: 'elbows-not-under-shoulders', bodyPart: 'elbows' }],
  paramsSchema: z.strictObject(forearmPlankParamsShape),
  create(params) {
    const assess = whileLegsStill(params, (body) => {
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
    // From the head end the line is not seen: the hold is timed as the position is recognised.
    return withSettleKey(assess, (body) =>
      body.view === 'front' ? undefined : plankLineKey(readPlankShape(body, false)),
    );
  },
});
