/**
 * Shared by the exercises hanging from a bar: hanging means the hands above the head on straight
 * arms with the body below them; swinging is the hips moving to and fro under the hands.
 */
import { z } from 'zod';
import { midpoint } from '../geometry/midpoint';
import { distance } from '../geometry/distance';
import { sidePoints, sideVisibility } from '../body/body-side';
import { VISIBLE_FROM } from '../body/visibility';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { LANDMARK } from '../../pose/landmarks';
import type { BodyFrame, Fault, Side } from '../types';
import { severityAbove } from './severity';

export const hangingParamsShape = {
  /** Shoulder-elbow-wrist at least this: hanging on straight arms. */
  minElbowAngleDeg: z.number().min(0).max(180),
  /** The hands at least this far above the shoulders (trunk lengths). */
  minWristsAboveShoulders: z.number(),
  /** Sideways travel of the hips under the hands over `swingWindowMs`, in trunk lengths. */
  maxSwing: z.number().positive(),
  swingWindowMs: z.number().positive(),
};

export interface HangingShape {
  /** Shoulder-hip-knee on the better-seen side: 180 hanging straight, smaller with the knees up. */
  hipAngle: number;
}

/**
 * The body's shape when it hangs from its hands (hands above the head on straight arms, hips
 * below the shoulders), else null. The feet are not needed: they are often below the picture.
 */
export function hangingShape(
  body: BodyFrame,
  params: { minElbowAngleDeg: number; minWristsAboveShoulders: number },
): HangingShape | null {
  const joints = ['shoulder', 'elbow', 'wrist', 'hip', 'knee'] as const;
  const side: Side =
    sideVisibility(body, 'left', joints) >= sideVisibility(body, 'right', joints)
      ? 'left'
      : 'right';
  if (sideVisibility(body, side, joints) < VISIBLE_FROM) return null;
  const p = sidePoints(body, side);
  const trunk = distance(p.shoulder, p.hip);
  if (trunk === 0) return null;
  const hanging =
    angleAtJoint(p.shoulder, p.elbow, p.wrist) >= params.minElbowAngleDeg &&
    (p.shoulder.y - p.wrist.y) / trunk >= params.minWristsAboveShoulders &&
    p.hip.y > p.shoulder.y;
  return hanging ? { hipAngle: angleAtJoint(p.shoulder, p.hip, p.knee) } : null;
}

/** Remembers where the hips were relative to the hands, to tell a still hang from a swing. */
export function createSwingMeter(params: { maxSwing: number; swingWindowMs: number }) {
  const recent: { t: number; offset: number }[] = [];
  return (body: BodyFrame): Fault | null => {
    const p = body.points;
    const hips = midpoint(p[LANDMARK.leftHip]!, p[LANDMARK.rightHip]!);
    const hands = midpoint(p[LANDMARK.leftWrist]!, p[LANDMARK.rightWrist]!);
    const shoulders = midpoint(p[LANDMARK.leftShoulder]!, p[LANDMARK.rightShoulder]!);
    const trunk = distance(shoulders, hips);
    if (trunk === 0) return null;
    recent.push({ t: body.timestampMs, offset: (hips.x - hands.x) / trunk });
    while (recent[0]!.t < body.timestampMs - params.swingWindowMs) recent.shift();
    const offsets = recent.map((r) => r.offset);
    const swing = Math.max(...offsets) - Math.min(...offsets);
    const severity = severityAbove(swing, params.maxSwing, params.maxSwing);
    return severity > 0 ? { id: 'swinging', bodyPart: 'hips', severity } : null;
  };
}
