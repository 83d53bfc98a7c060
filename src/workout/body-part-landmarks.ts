import type { BodyPart } from '../form/types';
import { LANDMARK as L, SKELETON_BONES } from '../pose/landmarks';

type Bone = readonly [number, number];

/**
 * The neck, ear to shoulder on each side. The pipeline's bone list has none, but a dropped head or
 * a craned neck is a fault of exactly this line, so the workout's skeleton draws it.
 */
export const NECK_BONES: readonly Bone[] = [
  [L.leftEar, L.leftShoulder],
  [L.rightEar, L.rightShoulder],
];

/** Every bone the workout's skeleton draws. */
export const WORKOUT_BONES: readonly Bone[] = [...SKELETON_BONES, ...NECK_BONES];

/** The landmarks that show a body part, both sides: the joints drawn as at fault. */
const PART_LANDMARKS: Record<BodyPart, readonly number[]> = {
  head: [L.nose, L.leftEar, L.rightEar],
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

const ARM_BONES: readonly Bone[] = [
  [L.leftShoulder, L.leftElbow],
  [L.leftElbow, L.leftWrist],
  [L.rightShoulder, L.rightElbow],
  [L.rightElbow, L.rightWrist],
];
const TRUNK_SIDES: readonly Bone[] = [
  [L.leftShoulder, L.leftHip],
  [L.rightShoulder, L.rightHip],
];
const THIGHS: readonly Bone[] = [
  [L.leftHip, L.leftKnee],
  [L.rightHip, L.rightKnee],
];
const SHINS: readonly Bone[] = [
  [L.leftKnee, L.leftAnkle],
  [L.rightKnee, L.rightAnkle],
];
const FEET: readonly Bone[] = [
  [L.leftAnkle, L.leftHeel],
  [L.leftHeel, L.leftFootIndex],
  [L.leftAnkle, L.leftFootIndex],
  [L.rightAnkle, L.rightHeel],
  [L.rightHeel, L.rightFootIndex],
  [L.rightAnkle, L.rightFootIndex],
];

/**
 * The bones that show a fault of a body part: the lines a physiotherapist would point at. A
 * sagging plank's hips are the bend at the hip (trunk side and thigh), not the short line across
 * the pelvis; a dropped head is the neck line; bent knees are thigh and shin.
 */
const PART_BONES: Record<BodyPart, readonly Bone[]> = {
  head: [[L.nose, L.leftEar], [L.nose, L.rightEar], ...NECK_BONES],
  neck: NECK_BONES,
  shoulders: [[L.leftShoulder, L.rightShoulder], ...NECK_BONES],
  elbows: ARM_BONES,
  wrists: [ARM_BONES[1]!, ARM_BONES[3]!],
  back: [...TRUNK_SIDES, [L.leftShoulder, L.rightShoulder], [L.leftHip, L.rightHip]],
  hips: [...TRUNK_SIDES, [L.leftHip, L.rightHip], ...THIGHS],
  knees: [...THIGHS, ...SHINS],
  ankles: [...SHINS, ...FEET],
  arms: ARM_BONES,
  legs: [...THIGHS, ...SHINS, ...FEET],
};

function isBodyPart(part: string | undefined): part is BodyPart {
  return part !== undefined && part in PART_LANDMARKS;
}

export function bodyPartLandmarks(part: string | undefined): readonly number[] {
  return isBodyPart(part) ? PART_LANDMARKS[part] : [];
}

export function bodyPartBones(part: string | undefined): readonly Bone[] {
  return isBodyPart(part) ? PART_BONES[part] : [];
}

/** "11-23": a bone's key, the same whichever end is named first. */
export function boneKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}
