import type { Point } from '../types';

/**
 * The angle in degrees (0-180) at `joint` between the segments to `a` and to `c`, e.g. the knee angle
 * from hip, knee and ankle. NaN when a segment has no length, so a caller cannot mistake a
 * collapsed skeleton for a straight one.
 */
export function angleAtJoint(a: Point, joint: Point, c: Point): number {
  const ux = a.x - joint.x;
  const uy = a.y - joint.y;
  const vx = c.x - joint.x;
  const vy = c.y - joint.y;
  const lengths = Math.hypot(ux, uy) * Math.hypot(vx, vy);
  if (lengths === 0) return Number.NaN;
  const cos = (ux * vx + uy * vy) / lengths;
  return (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI;
}
