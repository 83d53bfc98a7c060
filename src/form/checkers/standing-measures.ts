/**
 * Measures shared by the standing warm-ups seen from the front or the side: how far a limb is
 * raised from hanging straight down, and whether the person stands upright.
 */
import { visibleTrunk } from '../body/visible-trunk';
import { midpoint } from '../geometry/midpoint';
import type { BodyFrame, Point } from '../types';

/**
 * How far the segment from `root` to `end` is raised from hanging straight down, degrees: 0 hanging,
 * 90 level, 180 straight up (an arm overhead).
 */
export function raisedFromHanging(root: Point, end: Point): number {
  const dx = end.x - root.x;
  const down = end.y - root.y;
  const length = Math.hypot(dx, down);
  if (length === 0) return 0;
  return (Math.acos(Math.max(-1, Math.min(1, down / length))) * 180) / Math.PI;
}

/** The shoulders and hips are seen and the shoulders stand above the hips within `maxLeanDeg`. */
export function standsUpright(body: BodyFrame, maxLeanDeg: number): boolean {
  const trunk = visibleTrunk(body);
  if (!trunk) return false;
  const [ls, rs, lh, rh] = trunk;
  return raisedFromHanging(midpoint(lh, rh), midpoint(ls, rs)) >= 180 - maxLeanDeg;
}

/**
 * The same in three dimensions from the world landmarks (y down): a knee lifted toward the camera
 * rises in depth, which the picture alone would show only as a shorter thigh.
 */
export function raisedFromHanging3d(
  root: { x: number; y: number; z: number },
  end: { x: number; y: number; z: number },
): number {
  const length = Math.hypot(end.x - root.x, end.y - root.y, end.z - root.z);
  if (length === 0) return 0;
  const down = (end.y - root.y) / length;
  return (Math.acos(Math.max(-1, Math.min(1, down))) * 180) / Math.PI;
}
