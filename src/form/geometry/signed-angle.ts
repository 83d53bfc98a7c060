import type { Point } from '../types';

/**
 * The signed angle from direction `a` to direction `b`, degrees (-180 to 180), positive clockwise
 * on screen (image y points down): how far, and which way, one line is turned from another.
 */
export function signedAngleDeg(a: Point, b: Point): number {
  return (Math.atan2(a.x * b.y - a.y * b.x, a.x * b.x + a.y * b.y) * 180) / Math.PI;
}
