import { LANDMARK } from '../../pose/landmarks';
import { worldElevation } from '../geometry/elevation';
import type { BodyFrame } from '../types';

/**
 * The tilt of the hips' left-right line from the horizontal, degrees (positive: the left hip
 * higher), from the world landmarks: true whether the line runs across the picture (a view from
 * behind) or into it (a side view). NaN when the hips are not located.
 */
export function hipLineTiltDeg(body: BodyFrame): number {
  const left = body.world[LANDMARK.leftHip];
  const right = body.world[LANDMARK.rightHip];
  return left && right ? worldElevation(right, left) : Number.NaN;
}
