/**
 * Shared by the bends counted as reps (forward bend, standing and seated side bends): how far the
 * trunk leans from upright, read from the hips-to-shoulders line against the vertical, and, facing
 * the camera, to which of the person's sides.
 */
import { z } from 'zod';
import { TRUNK_LANDMARKS, visibleTrunk } from '../body/visible-trunk';
import { midpoint } from '../geometry/midpoint';
import type { BodyFrame, Fault, Point, Side } from '../types';
import { severityAbove } from './severity';
import { repTimingShape } from './timing-params';

export const bendParamsShape = {
  ...repTimingShape,
  /** Degrees past a threshold at which a fault is at full severity. */
  severityRangeDeg: z.number().positive(),
};

export interface TrunkLean {
  /** Degrees from upright: 0 standing tall, 90 with the trunk level, more when hanging lower. */
  deg: number;
  /** Toward which of the person's sides the shoulders have moved (meaningful facing the camera). */
  side: Side;
  shoulders: Point;
  hips: Point;
}

/** The trunk's lean, or null when the shoulders and hips are not all seen. */
export function trunkLean(body: BodyFrame): TrunkLean | null {
  const trunk = visibleTrunk(body);
  if (!trunk) return null;
  const [ls, rs, lh, rh] = trunk;
  const shoulders = midpoint(ls, rs);
  const hips = midpoint(lh, rh);
  const dx = shoulders.x - hips.x;
  const up = hips.y - shoulders.y;
  const length = Math.hypot(dx, up);
  if (length === 0) return null;
  const deg = (Math.acos(Math.max(-1, Math.min(1, up / length))) * 180) / Math.PI;
  // The person's own left-right axis, from the right hip to the left one, mirrored or not.
  const towardLeft = dx * (lh.x - rh.x) >= 0;
  return { deg, side: towardLeft ? 'left' : 'right', shoulders, hips };
}

/**
 * Leaning forward while bending sideways, facing the camera: the shoulders come toward the camera,
 * read from the world landmarks' depth as an angle from upright in the body's front-back plane.
 */
export function forwardLeanFault(body: BodyFrame, maxDeg: number, range: number): Fault | null {
  const w = body.world;
  const [ls, rs, lh, rh] = TRUNK_LANDMARKS.map((i) => w[i]);
  if (!ls || !rs || !lh || !rh) return null;
  const forward = (lh.z + rh.z) / 2 - (ls.z + rs.z) / 2;
  const up = (lh.y + rh.y) / 2 - (ls.y + rs.y) / 2;
  const deg = (Math.atan2(forward, Math.abs(up)) * 180) / Math.PI;
  const severity = severityAbove(deg, maxDeg, range);
  return severity > 0 ? { id: 'leaning-forward', bodyPart: 'back', severity } : null;
}
