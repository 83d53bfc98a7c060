import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { sidePoints } from '../body/body-side';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { worldElevation } from '../geometry/elevation';
import { defineChecker } from './checker-definition';
import {
  assessPlankLine,
  forearmPlankParamsShape,
  PLANK_LINE_FAULTS,
  readPlankShape,
  whileLegsStill,
  withArmTiltFault,
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
    /**
     * The hips stacked, their line (in 3-D, from the world landmarks) at least this far from level:
     * lying on the side, not facing the floor, whatever the camera angle.
     */
    minHipStackDeg: z.number().min(0).max(90),
  }),
  create(params) {
    return whileLegsStill(params, (body) => {
      const left = body.world[LANDMARK.leftHip];
      const right = body.world[LANDMARK.rightHip];
      if (!left || !right || Math.abs(worldElevation(left, right)) < params.minHipStackDeg) {
        return { inPosition: false, faults: [] };
      }
      // Both legs long: the midline would hide one knee drawn in (a crunch, a knee-down variant).
      const legsLong = (['left', 'right'] as const).every((side) => {
        const leg = sidePoints(body, side);
        return angleAtJoint(leg.hip, leg.knee, leg.ankle) >= params.minKneeAngleDeg;
      });
      if (!legsLong) return { inPosition: false, faults: [] };
      const shape = readPlankShape(body, true);
      const assessment = assessPlankLine(shape, params);
      if (!assessment.inPosition) return assessment;
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
