import type { BodyFrame } from '../types';
import type { AssessFrame } from './checker-definition';

/**
 * For a settle key of joint angles: a speed (degrees a second) that is movement whatever the
 * person's own noise. Folding into a child's pose, rising from the knees into a plank or lifting
 * into a bridge moves the angle by 40-80 degrees a second at its fastest. On the labelled clips
 * any value from 30 up (even none, the noise floor alone) gives the same results; 20 and below
 * cut real holds (a plank's hold shifting after a cut, before the floor is learnt).
 */
export const ANGLE_SETTLE_MOVING_PER_S = 45;

/**
 * `assess`, with the measure its hold settles by added to every frame where it can be read, in
 * position or not: the engine needs the movement into the position (and out of it) to see when it
 * has come to rest.
 */
export function withSettleKey(
  assess: AssessFrame,
  keyOf: (body: BodyFrame) => readonly number[] | undefined,
): AssessFrame {
  return (body) => {
    const assessment = assess(body);
    const key = keyOf(body);
    return key && key.every(Number.isFinite) ? { ...assessment, settleKey: key } : assessment;
  };
}
