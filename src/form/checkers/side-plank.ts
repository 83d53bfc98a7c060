import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import { defineChecker } from './checker-definition';
import {
  armTiltFault,
  assessPlankLine,
  forearmPlankParamsShape,
  PLANK_LINE_FAULTS,
  readPlankShape,
} from './plank-family';

/**
 * Side plank, seen from the front (chest to the camera): the body line from the middle of the
 * shoulders to the middle of the ankles, the head in line, the lower arm under the shoulder.
 */
export const sidePlankChecker = defineChecker({
  kind: 'side-plank',
  mode: 'hold',
  view: 'front',
  needs: ['shoulders', 'hips', 'ankles'],
  faults: [...PLANK_LINE_FAULTS, { id: 'elbows-not-under-shoulders', bodyPart: 'elbows' }],
  paramsSchema: z.strictObject({
    ...forearmPlankParamsShape,
    /** The shoulders stacked, their line at least this steep: lying on the side, not facing down. */
    minShoulderStackDeg: z.number().min(0).max(90),
  }),
  create(params) {
    return (body) => {
      const left = body.points[LANDMARK.leftShoulder];
      const right = body.points[LANDMARK.rightShoulder];
      if (!left || !right || inclinationFromHorizontal(left, right) < params.minShoulderStackDeg) {
        return { inPosition: false, faults: [] };
      }
      const shape = readPlankShape(body, true);
      const assessment = assessPlankLine(shape, params);
      if (!assessment.inPosition) return assessment;
      const elbows = armTiltFault(
        shape,
        'elbows-not-under-shoulders',
        params.maxElbowTiltDeg,
        params.severityRangeDeg,
      );
      return elbows ? { ...assessment, faults: [...assessment.faults, elbows] } : assessment;
    };
  },
});
