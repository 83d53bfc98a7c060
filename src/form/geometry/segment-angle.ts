import type { Point } from '../types';

/**
 * The direction of the segment from `from` to `to` in degrees (-180, 180], measured from the
 * horizontal with y pointing UP (image y points down, so it is flipped here): 90 means `to` is
 * straight above `from`.
 */
export function segmentAngleToHorizontal(from: Point, to: Point): number {
  return (Math.atan2(from.y - to.y, to.x - from.x) * 180) / Math.PI;
}

/**
 * How far the segment is tilted from the horizontal, 0 (level) to 90 (vertical), whichever way it
 * points: a body lying left-to-right and one lying right-to-left give the same value.
 */
export function inclinationFromHorizontal(a: Point, b: Point): number {
  const dx = Math.abs(b.x - a.x);
  const dy = Math.abs(b.y - a.y);
  return (Math.atan2(dy, dx) * 180) / Math.PI;
}
