import type { Point } from '../types';

/**
 * Signed perpendicular distance of `p` from the infinite line through `a` and `b`, in the points'
 * unit. Positive when `p` lies clockwise of the direction a->b on screen (image y points down), e.g.
 * below a line drawn left to right. 0 when a and b coincide.
 */
export function signedDistanceFromLine(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return 0;
  return (dx * (p.y - a.y) - dy * (p.x - a.x)) / length;
}

/**
 * Distance of `p` from the line through `a` and `b`, positive when `p` is on the floor side (lower in
 * the picture) whichever way the line runs: a sagging hip is positive, a piked one negative.
 */
export function distanceBelowLine(p: Point, a: Point, b: Point): number {
  const d = signedDistanceFromLine(p, a, b);
  return b.x >= a.x ? d : -d;
}
