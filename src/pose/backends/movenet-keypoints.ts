/**
 * MoveNet's 17 COCO keypoints as the app's 33 named landmarks. Points MoveNet does not have (heels,
 * foot tips, fingers, eye corners, mouth) are placed on their nearest keypoint, so that nothing
 * that forgets to check visibility draws or measures a point at the picture's corner, and get
 * visibility 0, so that the form engine treats them as not seen and says so.
 */
import { LANDMARK, LANDMARK_COUNT, type Landmark, type Pose } from '../landmarks';

/** One keypoint as MoveNet gives it: normalised to the whole picture, score 0-1. */
export interface Keypoint {
  x: number;
  y: number;
  score: number;
}

/** MoveNet's output order (COCO). */
export const COCO_KEYPOINTS = [
  'nose',
  'leftEye',
  'rightEye',
  'leftEar',
  'rightEar',
  'leftShoulder',
  'rightShoulder',
  'leftElbow',
  'rightElbow',
  'leftWrist',
  'rightWrist',
  'leftHip',
  'rightHip',
  'leftKnee',
  'rightKnee',
  'leftAnkle',
  'rightAnkle',
] as const;

type CocoName = (typeof COCO_KEYPOINTS)[number];

/** Landmarks MoveNet lacks, each with the keypoint it stands on. */
const STAND_INS: Record<number, CocoName> = {
  [LANDMARK.leftEyeInner]: 'leftEye',
  [LANDMARK.leftEyeOuter]: 'leftEye',
  [LANDMARK.rightEyeInner]: 'rightEye',
  [LANDMARK.rightEyeOuter]: 'rightEye',
  [LANDMARK.mouthLeft]: 'nose',
  [LANDMARK.mouthRight]: 'nose',
  [LANDMARK.leftPinky]: 'leftWrist',
  [LANDMARK.leftIndex]: 'leftWrist',
  [LANDMARK.leftThumb]: 'leftWrist',
  [LANDMARK.rightPinky]: 'rightWrist',
  [LANDMARK.rightIndex]: 'rightWrist',
  [LANDMARK.rightThumb]: 'rightWrist',
  [LANDMARK.leftHeel]: 'leftAnkle',
  [LANDMARK.leftFootIndex]: 'leftAnkle',
  [LANDMARK.rightHeel]: 'rightAnkle',
  [LANDMARK.rightFootIndex]: 'rightAnkle',
};

/** Landmark indices MoveNet cannot give (always visibility 0), for "checks unavailable" notes. */
export const MOVENET_MISSING_LANDMARKS: readonly number[] = Object.keys(STAND_INS).map(Number);

/**
 * MoveNet's keypoint score is not MediaPipe's visibility: its authors draw points from 0.11 to 0.3,
 * while the form engine trusts a landmark from visibility 0.5. A score of SCORE_SEEN maps to 0.5,
 * linearly on both sides, so a point MoveNet's own demos would show is one the engine uses.
 */
export const SCORE_SEEN = 0.3;

export function scoreToVisibility(score: number): number {
  const s = Math.min(1, Math.max(0, score));
  return s >= SCORE_SEEN
    ? 0.5 + (0.5 * (s - SCORE_SEEN)) / (1 - SCORE_SEEN)
    : (0.5 * s) / SCORE_SEEN;
}

/**
 * Below this mean keypoint score nobody is taken to be in the picture (MoveNet always answers
 * with 17 points; pose-detection's default minimum pose score is 0.25, a little stricter).
 */
export const MIN_POSE_SCORE = 0.2;

export function meanScore(keypoints: readonly Keypoint[]): number {
  return keypoints.reduce((sum, k) => sum + k.score, 0) / Math.max(1, keypoints.length);
}

/**
 * The pose in the app's landmark layout. MoveNet has no depth: z is 0 and worldLandmarks is left
 * empty, which tells the form engine that 3-D measures cannot be read from this pose.
 */
export function keypointsToPose(keypoints: readonly Keypoint[]): Pose {
  const byName = new Map<CocoName, Keypoint>(
    COCO_KEYPOINTS.map((name, i) => [name, keypoints[i]!]),
  );
  const landmarks: Landmark[] = Array.from({ length: LANDMARK_COUNT }, (_, index) => {
    const standIn = STAND_INS[index];
    if (standIn) {
      const k = byName.get(standIn)!;
      return { x: k.x, y: k.y, z: 0, visibility: 0 };
    }
    const name = (Object.keys(LANDMARK) as (keyof typeof LANDMARK)[]).find(
      (n) => LANDMARK[n] === index,
    ) as CocoName;
    const k = byName.get(name)!;
    return { x: k.x, y: k.y, z: 0, visibility: scoreToVisibility(k.score) };
  });
  return { landmarks, worldLandmarks: [] };
}
