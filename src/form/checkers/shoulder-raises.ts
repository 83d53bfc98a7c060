import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { isVisible } from '../body/visibility';
import { defineChecker } from './checker-definition';
import { severityAbove } from './severity';
import { standsUpright } from './standing-measures';
import { repTimingShape } from './timing-params';

/**
 * Shoulder raises, facing the camera: one shoulder lifts toward the ear and lowers, then the other;
 * each lift is a rep of that side. The lift is the shoulder line's tilt against the hip line, so a
 * lean of the whole body does not count. Fault: the head tilting along.
 */
export const shoulderRaisesChecker = defineChecker({
  kind: 'shoulder-raises',
  mode: 'reps',
  movingPart: 'shoulders',
  view: 'front',
  needs: ['head', 'shoulders', 'hips'],
  faults: [{ id: 'head-tilted', bodyPart: 'head' }],
  paramsSchema: z.strictObject({
    ...repTimingShape,
    /** The trunk within this many degrees of upright: standing or sitting tall. */
    maxLeanDeg: z.number().min(0).max(90),
    /** The eye line tilted more than this against the hip line: the head tilts along. */
    maxHeadTiltDeg: z.number().min(0).max(90),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    return (body) => {
      if (!standsUpright(body, params.maxLeanDeg)) return { inPosition: false, faults: [] };
      const p = body.points;
      const angle = (a: number, b: number) =>
        (Math.atan2(p[b]!.y - p[a]!.y, p[b]!.x - p[a]!.x) * 180) / Math.PI;
      const hipLine = angle(LANDMARK.rightHip, LANDMARK.leftHip);
      const wrap = (deg: number) => ((((deg + 180) % 360) + 360) % 360) - 180;
      // Right-to-left lines: a left shoulder lifted turns the shoulder line away from the hip line.
      const shoulderTilt = wrap(angle(LANDMARK.rightShoulder, LANDMARK.leftShoulder) - hipLine);
      const leftUp =
        p[LANDMARK.leftShoulder]!.y - p[LANDMARK.rightShoulder]!.y <
        p[LANDMARK.leftHip]!.y - p[LANDMARK.rightHip]!.y;
      const faults = [];
      if (isVisible(body, LANDMARK.leftEye) && isVisible(body, LANDMARK.rightEye)) {
        const headTilt = Math.abs(wrap(angle(LANDMARK.rightEye, LANDMARK.leftEye) - hipLine));
        const severity = severityAbove(headTilt, params.maxHeadTiltDeg, params.severityRangeDeg);
        if (severity > 0) faults.push({ id: 'head-tilted', bodyPart: 'head' as const, severity });
      }
      return {
        inPosition: true,
        movement: Math.abs(shoulderTilt),
        side: leftUp ? 'left' : 'right',
        faults,
      };
    };
  },
});
