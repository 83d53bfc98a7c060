import { LANDMARK } from '../../pose/landmarks';
import type { BodyFrame, Point } from '../types';
import { isVisible } from './visibility';

/** The trunk's four corners, in the order `visibleTrunk` returns them. */
export const TRUNK_LANDMARKS = [
  LANDMARK.leftShoulder,
  LANDMARK.rightShoulder,
  LANDMARK.leftHip,
  LANDMARK.rightHip,
] as const;

/** Left and right shoulder, left and right hip; null unless all four are seen. */
export function visibleTrunk(body: BodyFrame): [Point, Point, Point, Point] | null {
  if (!TRUNK_LANDMARKS.every((i) => isVisible(body, i))) return null;
  return TRUNK_LANDMARKS.map((i) => body.points[i]!) as [Point, Point, Point, Point];
}
