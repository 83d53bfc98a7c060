import type { BodyPart } from '../form/types';
import { LANDMARK as L } from '../pose/landmarks';

/** The landmarks that show a body part, both sides: what the skeleton lights up for a fault. */
const PART_LANDMARKS: Record<BodyPart, readonly number[]> = {
  head: [L.nose, L.leftEar, L.rightEar, L.leftEye, L.rightEye],
  neck: [L.leftEar, L.rightEar, L.leftShoulder, L.rightShoulder],
  shoulders: [L.leftShoulder, L.rightShoulder],
  elbows: [L.leftElbow, L.rightElbow],
  wrists: [L.leftWrist, L.rightWrist],
  back: [L.leftShoulder, L.rightShoulder, L.leftHip, L.rightHip],
  hips: [L.leftHip, L.rightHip],
  knees: [L.leftKnee, L.rightKnee],
  ankles: [L.leftAnkle, L.rightAnkle],
  arms: [L.leftShoulder, L.rightShoulder, L.leftElbow, L.rightElbow, L.leftWrist, L.rightWrist],
  legs: [L.leftHip, L.rightHip, L.leftKnee, L.rightKnee, L.leftAnkle, L.rightAnkle],
};

export function bodyPartLandmarks(part: string | undefined): readonly number[] {
  return part !== undefined && part in PART_LANDMARKS ? PART_LANDMARKS[part as BodyPart] : [];
}
