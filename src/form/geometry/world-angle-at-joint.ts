/** A world landmark: metres, origin between the hips. */
export interface WorldPoint {
  x: number;
  y: number;
  z: number;
}

/**
 * The angle in degrees (0-180) at `joint` between the segments to `a` and to `c`, in 3-D, e.g. the
 * elbow angle from world landmarks: the same whichever way the camera looks at the limb. NaN when a
 * segment has no length.
 */
export function worldAngleAtJoint(a: WorldPoint, joint: WorldPoint, c: WorldPoint): number {
  const u = { x: a.x - joint.x, y: a.y - joint.y, z: a.z - joint.z };
  const v = { x: c.x - joint.x, y: c.y - joint.y, z: c.z - joint.z };
  const lengths = Math.hypot(u.x, u.y, u.z) * Math.hypot(v.x, v.y, v.z);
  if (lengths === 0) return Number.NaN;
  const cos = (u.x * v.x + u.y * v.y + u.z * v.z) / lengths;
  return (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI;
}
