import { LANDMARK } from '../../pose/landmarks';
import { worldElevation } from '../geometry/elevation';
import type { BodyFrame } from '../types';

/**
 * How far the hips' left-right line rises from level, in 3-D (world landmarks), degrees 0-90: near
 * 0 lying face down or face up (or standing), high lying on one side with the hips stacked. The
 * world landmarks make it true whatever the camera angle. NaN when it cannot be measured.
 */
export function hipStackDeg(body: Pick<BodyFrame, 'world'>): number {
  const left = body.world[LANDMARK.leftHip];
  const right = body.world[LANDMARK.rightHip];
  return left && right ? Math.abs(worldElevation(left, right)) : Number.NaN;
}
