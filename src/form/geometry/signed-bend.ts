import type { Point } from '../types';

/**
 * How far the segment `joint -> tip` bends away from the straight continuation of `base -> joint`,
 * in degrees, positive when it bends toward `reference`'s side of the line base-joint (negative
 * toward the other side). E.g. the head (tip = ear) bending from the back's line (base = hip,
 * joint = shoulder) toward the belly's side (reference = knee): 0 in line, +40 tucked, -30 lifted.
 */
export function signedBend(base: Point, joint: Point, tip: Point, reference: Point): number {
  const ax = joint.x - base.x;
  const ay = joint.y - base.y;
  const bx = tip.x - joint.x;
  const by = tip.y - joint.y;
  const bend = Math.atan2(ax * by - ay * bx, ax * bx + ay * by);
  const referenceSide = ax * (reference.y - base.y) - ay * (reference.x - base.x);
  const sign = referenceSide >= 0 ? 1 : -1;
  return (sign * bend * 180) / Math.PI;
}
