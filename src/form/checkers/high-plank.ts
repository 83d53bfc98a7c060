import { z } from 'zod';
import { defineChecker } from './checker-definition';
import {
  assessPlankFromFront,
  assessPlankLine,
  highPlankParamsShape,
  PLANK_LINE_FAULTS,
  plankLineKey,
  readPlankShape,
  whileLegsStill,
  withArmTiltFault,
} from './plank-family';
import { ANGLE_SETTLE_MOVING_PER_S, withSettleKey } from './settle-key';

/** High plank on straight arms, seen from the side: the body line, the neck, hands under shoulders. */
export const highPlankChecker = defineChecker({
  kind: 'high-plank',
  mode: 'hold',
  view: 'side',
  settleMovingPerS: ANGLE_SETTLE_MOVING_PER_S,
  alsoRecognisedFrom: ['front'],
  needs: ['shoulders', 'hips', 'ankles'],
  needsByView: { front: ['shoulders', 'hips'] },
  faults: [...PLANK_LINE_FAULTS, { id: 'hands-not-under-shoulders', bodyPart: 'wrists' }],
  paramsSchema: z.strictObject(highPlankParamsShape),
  create(params) {
    const assess = whileLegsStill(params, (body) => {
      if (body.view === 'front') return assessPlankFromFront(body, params);
      const shape = readPlankShape(body, false);
      const assessment = assessPlankLine(shape, params);
      if (!assessment.inPosition || !shape.onStraightArms) return assessment;
      return withArmTiltFault(
        assessment,
        shape,
        'hands-not-under-shoulders',
        params.maxHandTiltDeg,
        params.severityRangeDeg,
      );
    });
    // From the head end the line is not seen: the hold is timed as the position is recognised.
    return withSettleKey(assess, (body) =>
      body.view === 'front' ? undefined : plankLineKey(readPlankShape(body, false)),
    );
  },
});
