/**
 * Recognises which static position one pose is in, from a few physically meaningful measures
 * (see recognition/pose-features.ts) and thresholds a physiotherapist could check by eye, not from
 * a trained model. Each position is a list of conditions; a pose is recognised as a position
 * only when it meets all of that position's conditions, and as 'none' when it meets none (or, by
 * a threshold's error, more than one: saying nothing beats guessing).
 */
import { hipStackDeg } from './body/hip-stack';
import { facesCeiling, poseFeatures, type PoseFeatures } from './recognition/pose-features';
import type { BodyFrame } from './types';

export type RecognisedPose =
  /** Forearm plank: body in one line, face down, on the forearms. */
  | 'plank'
  /** Straight-arm plank. */
  | 'high-plank'
  /** Lying on one side in one line, held up on the lower arm (forearm or hand). */
  | 'side-plank'
  | 'downward-dog'
  | 'glute-bridge'
  | 'childs-pose'
  | 'reverse-table'
  | 'none';

/** The 2-D pose features plus how the body lies in 3-D. */
export interface RecognitionMeasures extends PoseFeatures {
  /**
   * The hips' left-right line against the horizontal, in 3-D (world landmarks), degrees 0-90:
   * near 0 lying face down or face up, high lying on the side. NaN without world landmarks.
   */
  hipStackDeg: number;
}

interface Condition {
  /** Why the condition is there, in words: reported when a pose fails it. */
  why: string;
  test: (f: RecognitionMeasures) => boolean;
}

/** A knee at least this open is a straight leg. */
const STRAIGHT_LEG_DEG = 145;
/** An elbow at least this open is a straight arm. */
const STRAIGHT_ARM_DEG = 140;
/** The trunk and the whole body of a body lying on the floor stay this close to the horizontal. */
const LYING_INCLINE_DEG = 40;
/** The plank checkers' minLineAngleDeg: a shoulder-hip-ankle line this straight is a plank. */
const PLANK_LINE_MIN_DEG = 135;
/** Hands at least this far below the shoulders (trunk lengths): the arms hold the body up. */
const HANDS_HOLD_BODY = 0.25;
/**
 * Hips whose 3-D left-right line rises this far from level are stacked: lying on the side. The
 * side-plank checker's own bound (minHipStackDeg in content/exercises/side-plank.json).
 */
const SIDE_STACK_DEG = 45;

const handsHoldBody: Condition = {
  why: 'hands below the shoulders',
  test: (f) => f.wristsBelowShoulders >= HANDS_HOLD_BODY,
};
// Without world landmarks the stack is unknown (NaN) and the body counts as lying flat.
const notOnTheSide: Condition = {
  why: 'hips level, not stacked on one side',
  test: (f) => !(f.hipStackDeg >= SIDE_STACK_DEG),
};

/**
 * Body and legs in one line near the floor, held up on the arms: the planks. The line is read as
 * the plank checkers read it (shoulder-hip-ankle, down to their minLineAngleDeg of 135 in
 * content/exercises/*plank.json): hips piked or sagging that far are still a plank, which the
 * checker then reports as a fault, rather than no position at all.
 */
const lyingInOneLine: Condition[] = [
  { why: 'body in one line', test: (f) => f.lineAngle >= PLANK_LINE_MIN_DEG },
  { why: 'legs straight', test: (f) => f.kneeAngle >= STRAIGHT_LEG_DEG },
  { why: 'trunk near the horizontal', test: (f) => f.trunkIncline <= LYING_INCLINE_DEG },
  { why: 'body near the horizontal', test: (f) => f.bodyIncline <= LYING_INCLINE_DEG },
  // Held up on the arms: the hands (or forearms) on the floor, below the shoulders.
  handsHoldBody,
];

/** Face down in one line: the forearm and the high plank. */
const faceDownInOneLine: Condition[] = [
  ...lyingInOneLine,
  notOnTheSide,
  { why: 'chest toward the floor', test: (f) => !facesCeiling(f) },
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
    ...faceDownInOneLine,
    { why: 'arms straight', test: (f) => f.elbowAngle >= STRAIGHT_ARM_DEG },
  ],
  plank: [
    ...faceDownInOneLine,
    // On bent arms: the forearms on the floor, or low in a push-up (the elbows bent, the hands
    // still the lowest point of the upper body).
    { why: 'elbows bent', test: (f) => f.elbowAngle < STRAIGHT_ARM_DEG },
  ],
  'side-plank': [
    // Lying on one side (hips stacked) in one line, on the lower forearm or hand; which way the
    // chest and feet point says nothing here, so neither is asked.
    ...lyingInOneLine,
    { why: 'hips stacked on one side', test: (f) => f.hipStackDeg >= SIDE_STACK_DEG },
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
    notOnTheSide,
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
  features: RecognitionMeasures | null;
  /** For each position, the first condition the pose failed (empty for the one it matched). */
  failed: Partial<Record<Exclude<RecognisedPose, 'none'>, string>>;
}

/**
 * Which static position this body is in, with the measures and reasons behind the answer. The
 * world landmarks say whether the body lies on its side.
 */
export function recognisePose(
  body: Pick<BodyFrame, 'points' | 'visibility' | 'world'>,
): Recognition {
  const flat = poseFeatures(body.points, body.visibility);
  if (!flat) return { pose: 'none', features: null, failed: {} };
  const features: RecognitionMeasures = { ...flat, hipStackDeg: hipStackDeg(body) };
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

/** The positions a "plank" label covers. */
const PLANK_FORMS: readonly RecognisedPose[] = ['plank', 'high-plank'];

/**
 * Whether a recognised position answers a label. A "plank" label covers both the forearm and the
 * straight-arm plank (photo collections file both under plank). A side plank is an exercise of its
 * own (it has its own entry in the catalogue) and does not answer "plank". Every other label must
 * match exactly.
 */
export function answersLabel(pose: RecognisedPose, label: string): boolean {
  if (label === 'plank') return PLANK_FORMS.includes(pose);
  return pose === label;
}
