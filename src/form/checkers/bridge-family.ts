import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { distance } from '../geometry/distance';
import { distanceBelowLine } from '../geometry/distance-from-line';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import type { BodyFrame, Fault } from '../types';
import type { FaultSpec } from './checker-definition';
import { severityAbove, severityBelow } from './severity';

/**
 * Shared by the glute bridge (reps) and the bridge hold: lying on the back, knees bent, feet on the
 * floor, lifting the pelvis into a line from the shoulders to the knees. Angles in degrees.
 */
export const bridgeParamsShape = {
  /** Shoulder-to-hip line at most this steep: lying down, not sitting or standing. */
  maxTorsoInclinationDeg: z.number().min(0).max(90),
  /** Hip-knee-ankle angle at most this: knees bent (legs out straight is not a bridge). */
  maxKneeAngleDeg: z.number().min(0).max(180),
  /** Shin at least this steep: feet flat under the knees (on all fours the shin lies flat). */
  minShinInclinationDeg: z.number().min(0).max(90),
  /** Hip extension (shoulder-hip-knee, 180 = one line) below this at the top: hips-not-extended. */
  fullExtensionDeg: z.number().min(90).max(180),
  /** Hip extension above this (hips pushed above the line): back-over-arched. */
  maxExtensionDeg: z.number().min(180).max(270),
  /**
   * At the top, the feet this far out in front of the knees (the shin's tilt from vertical, the
   * ankle further from the hips than the knee): knees-not-over-feet. Some forward tilt is normal
   * (a bridge from feet a little way out); far out, the hamstrings take over.
   */
  maxFeetForwardDeg: z.number().min(0).max(90),
  /** At the top, the knees this far past the feet (the shin tilted toward the hips): the same fault. */
  maxKneesForwardDeg: z.number().min(0).max(90),
  /**
   * Shoulders higher than the ankles (both on the floor) by more than this share of the torso: the
   * upper back has come off the mat: shoulders-lifted.
   */
  maxShoulderLift: z.number().nonnegative(),
  /** Degrees past a threshold at which a fault is at full severity. */
  severityRangeDeg: z.number().positive(),
};

export type BridgeParams = z.infer<z.ZodObject<typeof bridgeParamsShape>>;

export const BRIDGE_FAULTS: readonly FaultSpec[] = [
  { id: 'back-over-arched', bodyPart: 'back' },
  { id: 'hips-not-extended', bodyPart: 'hips' },
  { id: 'knees-not-over-feet', bodyPart: 'knees' },
  { id: 'shoulders-lifted', bodyPart: 'shoulders' },
];

export interface BridgeReading {
  /** Lying on the back with knees bent and feet down: somewhere in the bridge movement. */
  lyingKneesBent: boolean;
  /**
   * Hip extension: the shoulder-hip-knee angle, 180 when the three are in line, counted past 180
   * when the hips rise above the line (over-arching), so that it grows steadily with the lift.
   */
  extension: number;
  /**
   * The shin's tilt from vertical, degrees: positive with the feet out in front of the knees,
   * negative with the knees past the feet (the ankle nearer the hips than the knee).
   */
  shinTilt: number;
  /** How far the shoulder is above the ankle, as a share of the torso (both rest on the floor). */
  shoulderLift: number;
}

export function readBridge(body: BodyFrame, params: BridgeParams): BridgeReading {
  const s = sidePoints(body, body.nearSide);
  const angle = angleAtJoint(s.shoulder, s.hip, s.knee);
  const hipsAboveLine = distanceBelowLine(s.hip, s.shoulder, s.knee) < 0;
  const extension = hipsAboveLine ? 360 - angle : angle;
  const knee = angleAtJoint(s.hip, s.knee, s.ankle);
  const shinInclination = inclinationFromHorizontal(s.knee, s.ankle);
  const lyingKneesBent =
    Number.isFinite(angle) &&
    inclinationFromHorizontal(s.shoulder, s.hip) <= params.maxTorsoInclinationDeg &&
    knee <= params.maxKneeAngleDeg &&
    s.knee.y < s.ankle.y &&
    shinInclination >= params.minShinInclinationDeg;
  const torso = distance(s.shoulder, s.hip);
  const shoulderLift = torso > 0 ? (s.ankle.y - s.shoulder.y) / torso : 0;
  // The head is on one side of the hips and the feet on the other: an ankle further from the head
  // than its knee is out in front of it.
  const headward = Math.sign(s.shoulder.x - s.hip.x);
  const feetForward = (s.ankle.x - s.knee.x) * headward <= 0;
  const shinTilt = (feetForward ? 1 : -1) * (90 - shinInclination);
  return { lyingKneesBent, extension, shinTilt, shoulderLift };
}

/** Faults of the lifted position (judged only once the hips are up). */
export function bridgeTopFaults(reading: BridgeReading, params: BridgeParams): Fault[] {
  const range = params.severityRangeDeg;
  const faults: Fault[] = [];
  const arched = severityAbove(reading.extension, params.maxExtensionDeg, range);
  if (arched > 0) faults.push({ id: 'back-over-arched', bodyPart: 'back', severity: arched });
  const low = severityBelow(reading.extension, params.fullExtensionDeg, range);
  if (low > 0) faults.push({ id: 'hips-not-extended', bodyPart: 'hips', severity: low });
  const knees = Math.max(
    severityAbove(reading.shinTilt, params.maxFeetForwardDeg, range),
    severityAbove(-reading.shinTilt, params.maxKneesForwardDeg, range),
  );
  if (knees > 0) faults.push({ id: 'knees-not-over-feet', bodyPart: 'knees', severity: knees });
  // In torso shares: a 0.2 torso past the limit (about 10 cm) is full severity.
  const lifted = severityAbove(reading.shoulderLift * 100, params.maxShoulderLift * 100, 20);
  if (lifted > 0) faults.push({ id: 'shoulders-lifted', bodyPart: 'shoulders', severity: lifted });
  return faults;
}
