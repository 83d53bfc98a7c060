import type { Point } from '../types';

/**
 * Converts a landmark's normalised coordinates (x and y each 0-1 of the frame's own width and height)
 * into a space where both axes use the same unit, the frame height, so that angles and distances
 * are true: in a 16:9 frame, x runs 0-1.78 and y 0-1.
 */
export function aspectCorrect(
  normalised: { x: number; y: number },
  width: number,
  height: number,
): Point {
  const aspect = width > 0 && height > 0 ? width / height : 1;
  return { x: normalised.x * aspect, y: normalised.y };
}
