import { LANDMARK } from '../../pose/landmarks';
import { distance } from '../geometry/distance';
import { midpoint } from '../geometry/midpoint';
import type { CameraView, Point } from '../types';

type World = { x: number; y: number; z: number };

/** Thresholds on "side-ness" (0 = square to the camera, 1 = side-on). */
const SIDE_FROM = 0.6;
const FRONT_BELOW = 0.35;
/** Shoulder width over torso length of a person square to the camera (about 0.8 for adults). */
const FRONT_WIDTH_RATIO = 0.8;

/**
 * How much a left-right pair (shoulders, hips) turns away from the picture plane, 0 (square) to 1
 * (side-on), from the world landmarks' depth: atan2(|dz|, in-plane length) / 90 degrees. In-plane
 * length includes y so that a body lying on its side (side plank seen from the front) reads square.
 */
function pairTurn(a: World | undefined, b: World | undefined): number | null {
  if (!a || !b) return null;
  const inPlane = Math.hypot(b.x - a.x, b.y - a.y);
  const depth = Math.abs(b.z - a.z);
  if (inPlane + depth === 0) return null;
  return Math.atan2(depth, inPlane) / (Math.PI / 2);
}

/**
 * Estimates whether the camera sees the body from the side, the front (or back), or obliquely.
 * Two independent cues are averaged: in the picture, shoulders look narrow against the torso
 * from the side; in the world landmarks, the shoulder and hip lines point away from the camera.
 */
export function estimateView(points: readonly Point[], world: readonly World[]): CameraView {
  const cues: number[] = [];
  const ls = points[LANDMARK.leftShoulder];
  const rs = points[LANDMARK.rightShoulder];
  const lh = points[LANDMARK.leftHip];
  const rh = points[LANDMARK.rightHip];
  if (ls && rs && lh && rh) {
    const torso = distance(midpoint(ls, rs), midpoint(lh, rh));
    if (torso > 0) {
      const widthRatio = distance(ls, rs) / torso;
      cues.push(1 - Math.min(1, widthRatio / FRONT_WIDTH_RATIO));
    }
  }
  const shoulderTurn = pairTurn(world[LANDMARK.leftShoulder], world[LANDMARK.rightShoulder]);
  const hipTurn = pairTurn(world[LANDMARK.leftHip], world[LANDMARK.rightHip]);
  if (shoulderTurn !== null) cues.push(shoulderTurn);
  if (hipTurn !== null) cues.push(hipTurn);
  if (cues.length === 0) return 'oblique';
  const sideness = cues.reduce((sum, c) => sum + c, 0) / cues.length;
  if (sideness >= SIDE_FROM) return 'side';
  if (sideness < FRONT_BELOW) return 'front';
  return 'oblique';
}
