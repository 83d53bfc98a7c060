/**
 * Recognises which static position one pose is in, from a few physically meaningful measures
 * (see recognition/pose-features.ts) and thresholds a physiotherapist could check by eye, not from
 * a trained model. Each position is a list of conditions; a pose is recognised as a position
 * only when it meets all of that position's conditions, and as 'none' when it meets none (or, by
 * a threshold's error, more than one: saying nothing beats guessing).
 */
import { facesCeiling, poseFeatures, type PoseFeatures } from './recognition/pose-features';
import type { Point } from './types';

export type RecognisedPose =
  /** Forearm plank: body in one line, face down, on the forearms. */
  | 'plank'
  /** Straight-arm plank. */
  | 'high-plank'
  | 'downward-dog'
  | 'glute-bridge'
  | 'childs-pose'
  | 'reverse-table'
  | 'none';

interface Condition {
  /** Why the condition is there, in words: reported when a pose fails it. */
  why: string;
  test: (f: PoseFeatures) => boolean;
}

/** A body this close to a straight line (degrees at the hips and knees) counts as straight. */
const STRAIGHT_BODY_DEG = 145;
/** An elbow at least this open is a straight arm. */
const STRAIGHT_ARM_DEG = 140;
/** The trunk and the legs of a body lying on the floor stay this close to the horizontal. */
const LYING_INCLINE_DEG = 40;

const lyingInOneLine: Condition[] = [
  { why: 'body straight at the hips', test: (f) => f.hipAngle >= STRAIGHT_BODY_DEG },
  { why: 'legs straight', test: (f) => f.kneeAngle >= STRAIGHT_BODY_DEG },
  { why: 'trunk near the horizontal', test: (f) => f.trunkIncline <= LYING_INCLINE_DEG },
  { why: 'legs near the horizontal', test: (f) => f.legIncline <= LYING_INCLINE_DEG },
  { why: 'chest toward the floor', test: (f) => !facesCeiling(f) },
  // Held up on the arms: the hands (or forearms) on the floor, below the shoulders.
  { why: 'hands below the shoulders', test: (f) => f.wristsBelowShoulders >= 0.25 },
];

const RULES: Record<Exclude<RecognisedPose, 'none'>, Condition[]> = {
  'downward-dog': [
    // An inverted V: folded at the hips, which are the highest point, hands and feet on the floor.
    { why: 'folded at the hips', test: (f) => f.hipAngle <= 120 },
    { why: 'hips above the shoulders', test: (f) => f.hipsAboveShoulders >= 0.3 },
    { why: 'hips above the feet', test: (f) => f.hipsAboveAnkles >= 0.3 },
    // Hands on the floor: about as low as the feet (the head may hang lower than either).
    {
      why: 'hands on the floor',
      test: (f) => f.wristsBelowShoulders >= f.shouldersAboveAnkles - 0.3,
    },
    // Knees may bend a little (a common easing), never fold as in child's pose.
    { why: 'knees not folded', test: (f) => f.kneeAngle >= 110 },
  ],
  'high-plank': [
    ...lyingInOneLine,
    { why: 'arms straight', test: (f) => f.elbowAngle >= STRAIGHT_ARM_DEG },
  ],
  plank: [
    ...lyingInOneLine,
    // On bent arms: the forearms on the floor, or low in a push-up (the elbows bent, the hands
    // still the lowest point of the upper body).
    { why: 'elbows bent', test: (f) => f.elbowAngle < STRAIGHT_ARM_DEG },
  ],
  'reverse-table': [
    // A table face up: trunk and thighs level, arms straight down, knees at about a right angle
    // (or straight, in the reverse plank that photo collections file with it).
    { why: 'hips extended', test: (f) => f.hipAngle >= 135 },
    { why: 'knees not folded', test: (f) => f.kneeAngle >= 50 },
    { why: 'trunk near the horizontal', test: (f) => f.trunkIncline <= 35 },
    { why: 'arms straight', test: (f) => f.elbowAngle >= 140 },
    { why: 'hands well below the shoulders', test: (f) => f.wristsBelowShoulders >= 0.6 },
    { why: 'shoulders lifted off the floor', test: (f) => f.shouldersAboveAnkles >= 0.5 },
    { why: 'chest toward the ceiling', test: (f) => facesCeiling(f, true) },
  ],
  'glute-bridge': [
    // Lying on the back with the hips lifted: shoulders and feet on the floor, knees bent.
    { why: 'hips lifted', test: (f) => f.hipsAboveShoulders >= 0.2 },
    { why: 'hips extended', test: (f) => f.hipAngle >= 130 },
    { why: 'knees bent', test: (f) => f.kneeAngle >= 40 && f.kneeAngle <= 130 },
    { why: 'shoulders on the floor', test: (f) => Math.abs(f.shouldersAboveAnkles) <= 0.4 },
    { why: 'arms not holding the body up', test: (f) => f.wristsBelowShoulders <= 0.4 },
  ],
  'childs-pose': [
    // Sitting back on the heels, folded forward over the thighs, head down.
    { why: 'knees fully bent', test: (f) => f.kneeAngle <= 75 },
    { why: 'folded at the hips', test: (f) => f.hipAngle <= 80 },
    { why: 'trunk low', test: (f) => f.trunkIncline <= 45 },
    { why: 'head no higher than the hips', test: (f) => f.noseBelowHips >= -0.1 },
  ],
};

export interface Recognition {
  pose: RecognisedPose;
  /** The measures the decision was made on; null when the body was not seen well enough. */
  features: PoseFeatures | null;
  /** For each position, the first condition the pose failed (empty for the one it matched). */
  failed: Partial<Record<Exclude<RecognisedPose, 'none'>, string>>;
}

/** Which static position this pose is in, with the measures and reasons behind the answer. */
export function recognisePose(
  points: readonly Point[],
  visibility: readonly number[],
): Recognition {
  const features = poseFeatures(points, visibility);
  if (!features) return { pose: 'none', features: null, failed: {} };
  const failed: Recognition['failed'] = {};
  const matches: Exclude<RecognisedPose, 'none'>[] = [];
  for (const [pose, conditions] of Object.entries(RULES) as [
    Exclude<RecognisedPose, 'none'>,
    Condition[],
  ][]) {
    const miss = conditions.find((condition) => !condition.test(features));
    if (miss) failed[pose] = miss.why;
    else matches.push(pose);
  }
  return { pose: matches.length === 1 ? matches[0]! : 'none', features, failed };
}

/**
 * Whether a recognised position answers a label. A "plank" label covers both the forearm and the
 * straight-arm plank (photo collections file both under plank); every other label must match.
 */
export function answersLabel(pose: RecognisedPose, label: string): boolean {
  if (label === 'plank') return pose === 'plank' || pose === 'high-plank';
  return pose === label;
}
