import type { Point } from '../types';

/**
 * How far the floor is tilted in the picture, in degrees (positive: clockwise on screen), read
 * from two points on it, such as a plank's elbow and toes. The line is taken whichever way it
 * runs, so a body lying left-to-right and one lying right-to-left read the same. Null when the two
 * points are not near level (more than `maxDeg`): then they are not both on the floor, or the
 * picture is not of a floor exercise.
 */
export function floorTiltDeg(a: Point, b: Point, maxDeg: number): number | null {
  let deg = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
  if (deg > 90) deg -= 180;
  else if (deg <= -90) deg += 180;
  return Math.abs(deg) <= maxDeg ? deg : null;
}

/** `p` turned `deg` degrees about `centre` (positive: clockwise on screen, y pointing down). */
export function rotatedAbout(p: Point, centre: Point, deg: number): Point {
  const angle = (deg * Math.PI) / 180;
  const [dx, dy] = [p.x - centre.x, p.y - centre.y];
  return {
    x: centre.x + dx * Math.cos(angle) - dy * Math.sin(angle),
    y: centre.y + dx * Math.sin(angle) + dy * Math.cos(angle),
  };
}
