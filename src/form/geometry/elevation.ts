import type { Point } from '../types';

/**
 * How far the segment from `root` to `end` is raised from hanging straight down, in degrees: 0 hanging
 * down, 90 level, 180 pointing straight up, whichever way it points sideways (image y points down).
 */
export function raiseFromDown(root: Point, end: Point): number {
  const dx = Math.abs(end.x - root.x);
  const dy = end.y - root.y;
  if (dx === 0 && dy === 0) return Number.NaN;
  return (Math.atan2(dx, dy) * 180) / Math.PI;
}

/**
 * Elevation of a 3-D segment above the horizontal, degrees (-90 to 90), from world landmarks whose y
 * points down: true even when the limb points toward the camera and looks short in the picture.
 */
export function worldElevation(
  root: { x: number; y: number; z: number },
  end: { x: number; y: number; z: number },
): number {
  const length = Math.hypot(end.x - root.x, end.y - root.y, end.z - root.z);
  if (length === 0) return Number.NaN;
  return (Math.asin(Math.max(-1, Math.min(1, (root.y - end.y) / length))) * 180) / Math.PI;
}
