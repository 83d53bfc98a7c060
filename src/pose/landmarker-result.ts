import type { Landmark, Pose, WorldLandmark } from './landmarks';

/** The parts of MediaPipe's PoseLandmarkerResult that the pipeline reads. */
export interface LandmarkerResultLike {
  landmarks: ReadonlyArray<
    ReadonlyArray<{ x: number; y: number; z: number; visibility?: number | undefined }>
  >;
  worldLandmarks: ReadonlyArray<
    ReadonlyArray<{ x: number; y: number; z: number; visibility?: number | undefined }>
  >;
}

function point(p: { x: number; y: number; z: number; visibility?: number | undefined }): Landmark {
  // MediaPipe leaves visibility undefined for models without it; 0 means "do not trust this point".
  return { x: p.x, y: p.y, z: p.z, visibility: p.visibility ?? 0 };
}

/** Copies MediaPipe's result into plain, structured-clone-friendly poses. */
export function toPoses(result: LandmarkerResultLike): Pose[] {
  return result.landmarks.map((landmarks, i) => ({
    landmarks: landmarks.map(point),
    worldLandmarks: (result.worldLandmarks[i] ?? []).map(point) as WorldLandmark[],
  }));
}
