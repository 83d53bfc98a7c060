import { LANDMARK } from '../../pose/landmarks';
import type { BodyFrame } from '../types';

/** Below this, MediaPipe's guess at a landmark is not trusted. */
export const VISIBLE_FROM = 0.5;

/** Body regions an exercise can require, as named in the content files' `camera.visible`. */
export type BodyRegion = 'head' | 'shoulders' | 'elbows' | 'wrists' | 'hips' | 'knees' | 'ankles';

/** Landmarks that show a region, per side; the head counts the nose on both. */
const REGION_LANDMARKS: Record<BodyRegion, { left: number[]; right: number[] }> = {
  head: { left: [LANDMARK.nose, LANDMARK.leftEar], right: [LANDMARK.nose, LANDMARK.rightEar] },
  shoulders: { left: [LANDMARK.leftShoulder], right: [LANDMARK.rightShoulder] },
  elbows: { left: [LANDMARK.leftElbow], right: [LANDMARK.rightElbow] },
  wrists: { left: [LANDMARK.leftWrist], right: [LANDMARK.rightWrist] },
  hips: { left: [LANDMARK.leftHip], right: [LANDMARK.rightHip] },
  knees: { left: [LANDMARK.leftKnee], right: [LANDMARK.rightKnee] },
  ankles: { left: [LANDMARK.leftAnkle], right: [LANDMARK.rightAnkle] },
};

export function isVisible(body: BodyFrame, index: number): boolean {
  return (body.visibility[index] ?? 0) >= VISIBLE_FROM;
}

/**
 * A region is visible when all of its landmarks on at least one side are: from the side the far
 * limbs are hidden behind the body, and that must not count as "out of frame".
 */
export function regionVisible(body: BodyFrame, region: BodyRegion): boolean {
  const { left, right } = REGION_LANDMARKS[region];
  return left.every((i) => isVisible(body, i)) || right.every((i) => isVisible(body, i));
}

/** The regions of `needed` that cannot be seen in this frame. */
export function missingRegions(body: BodyFrame, needed: readonly BodyRegion[]): BodyRegion[] {
  return needed.filter((region) => !regionVisible(body, region));
}

/**
 * Whether the landmark lies in the picture, however low its visibility: the body frame zeroes the
 * visibility of landmarks outside it (body-frame.ts).
 */
export function inPicture(body: BodyFrame, index: number): boolean {
  return (body.visibility[index] ?? 0) > 0;
}

/**
 * The regions of `needed` the camera cuts off: not visible on either side, and on at least one side
 * outside the picture. A region hidden behind the body (a hand under the chest, the far arm seen
 * from the side) is still in the picture, guessed at a low visibility: not cut off.
 */
export function cutOffRegions(body: BodyFrame, needed: readonly BodyRegion[]): BodyRegion[] {
  return needed.filter((region) => {
    if (regionVisible(body, region)) return false;
    const { left, right } = REGION_LANDMARKS[region];
    return [left, right].some((side) => side.some((i) => !inPicture(body, i)));
  });
}
