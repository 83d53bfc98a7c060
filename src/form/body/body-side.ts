import { LANDMARK } from '../../pose/landmarks';
import type { BodyFrame, Point, Side } from '../types';

/** Landmark indices of one side of the body, so that checkers can ask for "the near shoulder". */
export interface SideIndices {
  ear: number;
  shoulder: number;
  elbow: number;
  wrist: number;
  hip: number;
  knee: number;
  ankle: number;
  heel: number;
  foot: number;
}

export const SIDE_INDICES: Record<Side, SideIndices> = {
  left: {
    ear: LANDMARK.leftEar,
    shoulder: LANDMARK.leftShoulder,
    elbow: LANDMARK.leftElbow,
    wrist: LANDMARK.leftWrist,
    hip: LANDMARK.leftHip,
    knee: LANDMARK.leftKnee,
    ankle: LANDMARK.leftAnkle,
    heel: LANDMARK.leftHeel,
    foot: LANDMARK.leftFootIndex,
  },
  right: {
    ear: LANDMARK.rightEar,
    shoulder: LANDMARK.rightShoulder,
    elbow: LANDMARK.rightElbow,
    wrist: LANDMARK.rightWrist,
    hip: LANDMARK.rightHip,
    knee: LANDMARK.rightKnee,
    ankle: LANDMARK.rightAnkle,
    heel: LANDMARK.rightHeel,
    foot: LANDMARK.rightFootIndex,
  },
};

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

export type SidePoints = Record<keyof SideIndices, Point>;

const ORIGIN: Point = { x: 0, y: 0 };

/** The points of one side of the body, by joint name. */
export function sidePoints(body: BodyFrame, side: Side): SidePoints {
  const indices = SIDE_INDICES[side];
  const at = (i: number): Point => body.points[i] ?? ORIGIN;
  return {
    ear: at(indices.ear),
    shoulder: at(indices.shoulder),
    elbow: at(indices.elbow),
    wrist: at(indices.wrist),
    hip: at(indices.hip),
    knee: at(indices.knee),
    ankle: at(indices.ankle),
    heel: at(indices.heel),
    foot: at(indices.foot),
  };
}

/** Mean visibility of the given joints of one side: which side a checker can trust more. */
export function sideVisibility(
  body: BodyFrame,
  side: Side,
  joints: readonly (keyof SideIndices)[],
): number {
  if (joints.length === 0) return 0;
  const indices = SIDE_INDICES[side];
  let sum = 0;
  for (const joint of joints) sum += body.visibility[indices[joint]] ?? 0;
  return sum / joints.length;
}

/** The side whose `joint` is lower in the picture (the right on a tie). */
export function lowerSide(body: BodyFrame, joint: keyof SideIndices): Side {
  return sidePoints(body, 'left')[joint].y > sidePoints(body, 'right')[joint].y ? 'left' : 'right';
}
