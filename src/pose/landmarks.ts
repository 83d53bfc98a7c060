/**
 * Landmark types shared by the pose pipeline and the form engine.
 * Indices follow MediaPipe's 33-point BlazePose topology.
 */

/** A landmark in image space: x and y normalised to [0, 1] of the frame, z relative depth. */
export interface Landmark {
  x: number;
  y: number;
  z: number;
  /** Probability, 0-1, that the point is visible (not occluded, inside the frame). */
  visibility: number;
}

/** A landmark in metres, origin between the hips. */
export interface WorldLandmark {
  x: number;
  y: number;
  z: number;
  visibility: number;
}

/** One detected person in one frame. */
export interface Pose {
  landmarks: Landmark[];
  worldLandmarks: WorldLandmark[];
}

/** What the pipeline reports for one frame. */
export interface PoseFrame {
  /** Milliseconds on the source's clock (media time for a video file, capture time for a camera). */
  timestampMs: number;
  /** Frame size in pixels, so that angles can be computed in an undistorted space. */
  width: number;
  height: number;
  /** Every person found, most confident first; empty when nobody is in frame. */
  poses: Pose[];
  /** Mean luminance of the picture, 0 (black) to 1 (white), where the pipeline measures it. */
  luminance?: number;
}

export const LANDMARK = {
  nose: 0,
  leftEyeInner: 1,
  leftEye: 2,
  leftEyeOuter: 3,
  rightEyeInner: 4,
  rightEye: 5,
  rightEyeOuter: 6,
  leftEar: 7,
  rightEar: 8,
  mouthLeft: 9,
  mouthRight: 10,
  leftShoulder: 11,
  rightShoulder: 12,
  leftElbow: 13,
  rightElbow: 14,
  leftWrist: 15,
  rightWrist: 16,
  leftPinky: 17,
  rightPinky: 18,
  leftIndex: 19,
  rightIndex: 20,
  leftThumb: 21,
  rightThumb: 22,
  leftHip: 23,
  rightHip: 24,
  leftKnee: 25,
  rightKnee: 26,
  leftAnkle: 27,
  rightAnkle: 28,
  leftHeel: 29,
  rightHeel: 30,
  leftFootIndex: 31,
  rightFootIndex: 32,
} as const;

export type LandmarkName = keyof typeof LANDMARK;

export const LANDMARK_COUNT = 33;

/** Bones drawn for the skeleton overlay, as pairs of landmark indices. */
export const SKELETON_BONES: ReadonlyArray<readonly [number, number]> = [
  [11, 12],
  [11, 13],
  [13, 15],
  [12, 14],
  [14, 16],
  [11, 23],
  [12, 24],
  [23, 24],
  [23, 25],
  [25, 27],
  [27, 29],
  [29, 31],
  [27, 31],
  [24, 26],
  [26, 28],
  [28, 30],
  [30, 32],
  [28, 32],
  [0, 7],
  [0, 8],
];
