import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { defineChecker } from './checker-definition';
import { createSwingMeter, hangingShape, hangingParamsShape } from './hanging-family';
import { repTimingShape } from './timing-params';

/**
 * Hanging pelvis turns, facing the camera: hanging from the bar, the pelvis turns gently to each
 * side; each turn out and back is a rep of that side. The turn is the hip line's angle out of the
 * picture plane, from the world landmarks' depth (the picture alone shows only a narrowing).
 * Positive: the left hip goes back, the pelvis turns to the person's left. Fault: swinging.
 */
export const hangingPelvisTurnsChecker = defineChecker({
  kind: 'hanging-pelvis-turns',
  mode: 'reps',
  movingPart: 'hips',
  view: 'front',
  needs: ['shoulders', 'elbows', 'wrists', 'hips'],
  faults: [{ id: 'swinging', bodyPart: 'hips' }],
  modelNeeds: [
    { needs: 'depth', check: 'counting pelvis turns (the hips turn out of the picture)' },
  ],
  paramsSchema: z.strictObject({ ...repTimingShape, ...hangingParamsShape }),
  create(params) {
    const swingOf = createSwingMeter(params);
    return (body) => {
      const f = hangingShape(body, params);
      const left = body.world[LANDMARK.leftHip];
      const right = body.world[LANDMARK.rightHip];
      if (!f || !left || !right) return { inPosition: false, faults: [] };
      const turnDeg = (Math.atan2(left.z - right.z, Math.abs(left.x - right.x)) * 180) / Math.PI;
      const swing = swingOf(body);
      return {
        inPosition: true,
        movement: Math.abs(turnDeg),
        side: turnDeg >= 0 ? 'left' : 'right',
        faults: swing ? [swing] : [],
      };
    };
  },
});
