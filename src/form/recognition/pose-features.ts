/**
 * The few physically meaningful measures that tell one static floor position from another: how the
 * hips and knees are bent, how the trunk and legs lie, which joint is highest, where the hands
 * and the face are. Heights are in trunk lengths (shoulders to hips), so they do not depend on how
 * far the person is from the camera; image y points down, so "above" means a smaller y.
 */
import { LANDMARK } from '../../pose/landmarks';
import { SIDE_INDICES } from '../body/body-side';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { distance } from '../geometry/distance';
import { midpoint } from '../geometry/midpoint';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import type { Point } from '../types';

export interface PoseFeatures {
  /** Shoulder-hip-knee, degrees: 180 with the body straight, small when folded at the hips. */
  hipAngle: number;
  /** Hip-knee-ankle, degrees: 180 with the legs straight. */
  kneeAngle: number;
  /**
   * Shoulder-hip-ankle, degrees: the body line as the plank checkers read it, 180 when straight,
   * smaller with the hips piked or sagging.
   */
  lineAngle: number;
  /** Shoulders-to-ankles line against the horizontal: the whole body's slope. */
  bodyIncline: number;
  /** Shoulder-elbow-wrist of the supporting arm (the lower hand), degrees: 180 when straight. */
  elbowAngle: number;
  /** Shoulders-to-hips line against the horizontal, 0 (lying) to 90 (upright). */
  trunkIncline: number;
  /** Hips-to-ankles line against the horizontal. */
  legIncline: number;
  /** How far the hips are above the shoulders, in trunk lengths. */
  hipsAboveShoulders: number;
  /** How far the hips are above the ankles, in trunk lengths. */
  hipsAboveAnkles: number;
  /** How far the knees are above the hips: positive with the knees drawn up (lying on the back). */
  kneesAboveHips: number;
  /** How far the shoulders are above the ankles (the floor for most floor positions). */
  shouldersAboveAnkles: number;
  /** How far the lower wrist is below the shoulders: an arm's length when the arms hold the body. */
  wristsBelowShoulders: number;
  /** How far the elbows are below the shoulders. */
  elbowsBelowShoulders: number;
  /** How far the nose is below the hips: positive with the head lower than the pelvis. */
  noseBelowHips: number;
  /** How far the nose is below the ears: positive when the face turns to the floor. */
  noseBelowEars: number;
  /**
   * How far the toes are below the heels: positive on the toes with the heels up (chest to the
   * floor), negative on the heels with the toes up (chest to the ceiling). NaN when the feet are
   * not seen.
   */
  toesBelowHeels: number;
}

/** Visibility a landmark pair needs (on its better side) for a measure to be trusted. */
const MIN_VISIBILITY = 0.5;

/** The joints measured, each the midpoint of its left and right landmarks. */
const JOINTS = ['shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle', 'ear'] as const;
/** The joints of the body line: enough to tell a straight body from one folded at the hips. */
const LINE_JOINTS = ['shoulder', 'hip', 'knee', 'ankle'] as const;

type Joint = (typeof JOINTS)[number];

/**
 * The body line alone: how the shoulders, hips, knees and ankles lie, without the arms or the head.
 * The same numbers as the fields of the same names in `PoseFeatures`.
 */
export type BodyLine = Pick<
  PoseFeatures,
  'hipAngle' | 'kneeAngle' | 'lineAngle' | 'bodyIncline' | 'hipsAboveShoulders' | 'hipsAboveAnkles'
>;

/** Each joint as the midpoint of its left and right landmarks, or null when a pair is not seen. */
function seenJoints<J extends Joint>(
  points: readonly Point[],
  visibility: readonly number[],
  joints: readonly J[],
): Record<J, Point> | null {
  const seen = {} as Record<J, Point>;
  for (const joint of joints) {
    const left = SIDE_INDICES.left[joint];
    const right = SIDE_INDICES.right[joint];
    const a = points[left];
    const b = points[right];
    if (!a || !b || Math.max(visibility[left] ?? 0, visibility[right] ?? 0) < MIN_VISIBILITY) {
      return null;
    }
    seen[joint] = midpoint(a, b);
  }
  return seen;
}

/** Heights in trunk lengths between two points (positive when `upper` is above `lower`). */
function heightsIn(trunk: number): (upper: Point, lower: Point) => number {
  return (upper, lower) => (lower.y - upper.y) / trunk;
}

function bodyLineOf(joints: Record<(typeof LINE_JOINTS)[number], Point>): BodyLine | null {
  const { shoulder, hip, knee, ankle } = joints;
  const trunk = distance(shoulder, hip);
  if (trunk === 0) return null;
  const above = heightsIn(trunk);
  return {
    hipAngle: angleAtJoint(shoulder, hip, knee),
    kneeAngle: angleAtJoint(hip, knee, ankle),
    lineAngle: angleAtJoint(shoulder, hip, ankle),
    bodyIncline: inclinationFromHorizontal(shoulder, ankle),
    hipsAboveShoulders: above(hip, shoulder),
    hipsAboveAnkles: above(hip, ankle),
  };
}

/**
 * The body line of one pose, or null when the shoulders, hips, knees or ankles are not seen. It
 * needs neither the arms nor the head, so it can be read where `poseFeatures` cannot (the arms
 * hidden or lost in a silhouette).
 */
export function bodyLine(points: readonly Point[], visibility: readonly number[]): BodyLine | null {
  const joints = seenJoints(points, visibility, LINE_JOINTS);
  return joints ? bodyLineOf(joints) : null;
}

/**
 * The measures of one pose, or null when the body is not seen well enough to judge (the trunk,
 * the legs or the arms not visible on either side). Each joint is the midpoint of its left and
 * right landmarks: seen side-on they nearly coincide, and seen at an angle the midpoint is the
 * body's own centre line, so the angles hold in both.
 */
export function poseFeatures(
  points: readonly Point[],
  visibility: readonly number[],
): PoseFeatures | null {
  const joints = seenJoints(points, visibility, JOINTS);
  const nose = points[LANDMARK.nose];
  if (!joints || !nose) return null;
  const line = bodyLineOf(joints);
  if (!line) return null;
  const feet = footPoints(points, visibility);

  const { shoulder, hip, knee, ankle, ear } = joints;
  const { elbow, wrist } = supportingArm(points, shoulder);
  const above = heightsIn(distance(shoulder, hip));

  return {
    ...line,
    elbowAngle: angleAtJoint(shoulder, elbow, wrist),
    trunkIncline: inclinationFromHorizontal(shoulder, hip),
    legIncline: inclinationFromHorizontal(hip, ankle),
    kneesAboveHips: above(knee, hip),
    shouldersAboveAnkles: above(shoulder, ankle),
    wristsBelowShoulders: above(shoulder, wrist),
    elbowsBelowShoulders: above(shoulder, elbow),
    noseBelowHips: above(hip, nose),
    noseBelowEars: above(ear, nose),
    toesBelowHeels: feet ? above(feet.heel, feet.toes) : Number.NaN,
  };
}

/**
 * The arm that carries the body: the one whose hand is lower. In a side plank or a plank with one
 * arm lifted the other arm is free, and a midpoint of the two would describe neither. Its elbow
 * and wrist are moved to start at the shoulders' midpoint, so its angles stay true.
 */
function supportingArm(
  points: readonly Point[],
  shoulderMid: Point,
): { elbow: Point; wrist: Point } {
  const arms = (['left', 'right'] as const).map((side) => {
    const s = points[side === 'left' ? LANDMARK.leftShoulder : LANDMARK.rightShoulder]!;
    const e = points[side === 'left' ? LANDMARK.leftElbow : LANDMARK.rightElbow]!;
    const w = points[side === 'left' ? LANDMARK.leftWrist : LANDMARK.rightWrist]!;
    const shift = (p: Point): Point => ({
      x: p.x - s.x + shoulderMid.x,
      y: p.y - s.y + shoulderMid.y,
    });
    return { elbow: shift(e), wrist: shift(w) };
  });
  const [left, right] = arms as [{ elbow: Point; wrist: Point }, { elbow: Point; wrist: Point }];
  return left.wrist.y >= right.wrist.y ? left : right;
}

/** The better-seen foot's heel and toes, or null when neither foot is seen. */
function footPoints(
  points: readonly Point[],
  visibility: readonly number[],
): { heel: Point; toes: Point } | null {
  const feet = [
    [LANDMARK.leftHeel, LANDMARK.leftFootIndex],
    [LANDMARK.rightHeel, LANDMARK.rightFootIndex],
  ] as const;
  const seen = (i: number): number => visibility[i] ?? 0;
  const [heelIndex, toesIndex] = feet
    .filter(([heel, toes]) => Math.min(seen(heel), seen(toes)) >= MIN_VISIBILITY)
    .sort((a, b) => Math.min(seen(b[0]), seen(b[1])) - Math.min(seen(a[0]), seen(a[1])))[0] ?? [
    -1, -1,
  ];
  const heel = points[heelIndex];
  const toes = points[toesIndex];
  return heel && toes ? { heel, toes } : null;
}

/**
 * Lying face up rather than face down: on the heels with the toes up (a plank stands on its toes,
 * heels up), or, with the feet unseen or flat, the face turned to the ceiling. With
 * `feetFlatCountsUp`, bent knees with the feet flat (a table top) also count as face up unless the
 * face clearly looks at the floor.
 */
export function facesCeiling(f: PoseFeatures, feetFlatCountsUp = false): boolean {
  if (f.toesBelowHeels <= -0.1) return true;
  if (f.toesBelowHeels >= 0.1) return false;
  if (feetFlatCountsUp && f.kneeAngle <= 130) return !(f.noseBelowEars >= 0.1);
  return f.noseBelowEars <= -0.1;
}
