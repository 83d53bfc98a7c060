import type { Point } from '../types';

/** The point halfway between `a` and `b`, e.g. the middle of the hips. */
export function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
