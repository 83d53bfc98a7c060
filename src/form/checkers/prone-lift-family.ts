import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { otherSide, SIDE_INDICES, sidePoints } from '../body/body-side';
import { isVisible } from '../body/visibility';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { distanceBelowLine } from '../geometry/distance-from-line';
import { worldElevation } from '../geometry/elevation';
import { worldAngleAtJoint, type WorldPoint } from '../geometry/world-angle-at-joint';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import type { BodyFrame, BodyPart, Fault, FrameAssessment, Side } from '../types';
import type { CheckerDefinition, FaultSpec } from './checker-definition';
import { createHipsLevelJudge, hipsLevelParamsShape, type HipsLevelJudge } from './hips-level';
import { severityBelow } from './severity';
import { createAwayFromPosition } from './away-from-position';
import { repTimingShape, type RepTimingParams } from './timing-params';

/**
 * Lying face down and lifting limbs off the floor: superman (arms and legs together), the
 * alternating lift (one arm and the opposite leg) and the reverse fly (arms out to the sides).
 * Limb lifts are elevations above the horizontal from the world landmarks (degrees), so that an
 * arm pointing toward the camera is measured as well as one seen side-on.
 *
 * When legs lift, the hips must stay level on the floor (see hips-level): one hip coming up with
 * its leg is hips-not-level.
 */
const proneLiftParamsShape = {
  ...repTimingShape,
  /** Shoulder-hip line at most this steep: lying, the chest lifted at most this much. */
  maxTorsoInclinationDeg: z.number().min(0).max(90),
  /** Hip-ankle line at most this steep when the feet are below the hips: lying, not kneeling. */
  maxLegInclinationDeg: z.number().min(0).max(90),
  /** Hip-knee-ankle angle at least this: legs long. */
  minKneeAngleDeg: z.number().min(0).max(180),
  /** An arm pointing further down than this holds the body up (a plank or all fours, not lying). */
  minArmElevationDeg: z.number().min(-90).max(0),
  /** At the top, a lifted arm below this elevation: arm-too-low. */
  armLiftDeg: z.number().min(-90).max(90),
  /** At the top, a lifted leg below this elevation: leg-too-low. */
  legLiftDeg: z.number().min(-90).max(90),
  /** Ear-shoulder-hip angle below this with the head high: neck-craned. */
  neckBelowDeg: z.number().min(0).max(180),
  severityRangeDeg: z.number().positive(),
};

export type ProneLiftParams = RepTimingParams &
  z.infer<z.ZodObject<typeof proneLiftParamsShape>> &
  Partial<z.infer<z.ZodObject<typeof hipsLevelParamsShape>>>;

/** Which limbs make the movement. */
export type ProneLift = 'arms-and-legs' | 'diagonal' | 'arms';

interface Lifts {
  arm: Record<Side, number>;
  leg: Record<Side, number>;
}

function limbLifts(body: BodyFrame): Lifts {
  const arm = { left: Number.NaN, right: Number.NaN };
  const leg = { left: Number.NaN, right: Number.NaN };
  for (const side of ['left', 'right'] as const) {
    const i = SIDE_INDICES[side];
    const w = (index: number) => body.world[index];
    const shoulder = w(i.shoulder);
    const wrist = w(i.wrist);
    const hip = w(i.hip);
    const ankle = w(i.ankle);
    if (shoulder && wrist && isVisible(body, i.wrist)) arm[side] = worldElevation(shoulder, wrist);
    if (hip && ankle && isVisible(body, i.ankle)) leg[side] = worldElevation(hip, ankle);
  }
  return { arm, leg };
}

const best = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) ? Math.max(a, b) : Number.isFinite(a) ? a : b;

/**
 * The arms of a reverse fly lift together, so the lift is both arms' mean where both are seen. A
 * camera not quite level raises one arm by as much as it lowers the other, and the mean keeps
 * neither error: the higher arm alone counted 5, 6 and 7 lifts of 4 on the recorded head-on clip
 * darkened, at 360p and rolled 5 degrees (rest noise crossing the 8-degree span), the mean 4 on each.
 */
const mean = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) ? (a + b) / 2 : best(a, b);

/**
 * Lying along the line of sight, filmed head-on from the head end (a phone on the floor in front
 * of the face): the trunk and legs are foreshortened to a few pixels, or hidden behind the head and
 * shoulders, so their slope in the picture means nothing. The world landmarks still place them: a
 * segment's slope against the floor plane (y down, the camera about level).
 */
function lyingHeadOn(body: BodyFrame, params: ProneLiftParams): boolean {
  const w = (index: number) => body.world[index];
  const mid = (a: number, b: number) => {
    const p = w(a);
    const q = w(b);
    return p && q ? { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2, z: (p.z + q.z) / 2 } : null;
  };
  const shoulders = mid(LANDMARK.leftShoulder, LANDMARK.rightShoulder);
  const hips = mid(LANDMARK.leftHip, LANDMARK.rightHip);
  const ankles = mid(LANDMARK.leftAnkle, LANDMARK.rightAnkle);
  if (!shoulders || !hips || !ankles) return false;
  const slope = (a: WorldPoint, b: WorldPoint) => Math.abs(worldElevation(a, b));
  const knee = (side: Side) => {
    const i = SIDE_INDICES[side];
    const [hip, k, ankle] = [w(i.hip), w(i.knee), w(i.ankle)];
    return hip && k && ankle ? worldAngleAtJoint(hip, k, ankle) : Number.NaN;
  };
  return (
    slope(shoulders, hips) <= params.maxTorsoInclinationDeg &&
    (ankles.y < hips.y || slope(hips, ankles) <= params.maxLegInclinationDeg) &&
    Math.max(knee('left'), knee('right')) >= params.minKneeAngleDeg
  );
}

function isLyingProne(body: BodyFrame, lifts: Lifts, params: ProneLiftParams): boolean {
  const armsDown = [lifts.arm.left, lifts.arm.right].filter(Number.isFinite);
  if (!armsDown.every((elevation) => elevation >= params.minArmElevationDeg)) return false;
  if (body.view === 'front') return lyingHeadOn(body, params);
  const s = sidePoints(body, body.nearSide);
  return (
    inclinationFromHorizontal(s.shoulder, s.hip) <= params.maxTorsoInclinationDeg &&
    // Legs lifted above the hips are the exercise; legs steeply below them are kneeling.
    (s.ankle.y < s.hip.y ||
      inclinationFromHorizontal(s.hip, s.ankle) <= params.maxLegInclinationDeg) &&
    angleAtJoint(s.hip, s.knee, s.ankle) >= params.minKneeAngleDeg
  );
}

/** The movement signal and the side of the lift, for each kind of lift. */
function movementOf(lift: ProneLift, lifts: Lifts): { movement: number; side?: Side } {
  const arm = best(lifts.arm.left, lifts.arm.right);
  const leg = best(lifts.leg.left, lifts.leg.right);
  if (lift === 'arms') return { movement: mean(lifts.arm.left, lifts.arm.right) };
  if (lift === 'arms-and-legs') {
    // Both must rise: the lower of the two is how far the whole body has lifted.
    return {
      movement: Number.isFinite(arm) && Number.isFinite(leg) ? Math.min(arm, leg) : best(arm, leg),
    };
  }
  const diagonal = (side: Side) => {
    const a = lifts.arm[side];
    const l = lifts.leg[otherSide(side)];
    return Number.isFinite(a) && Number.isFinite(l) ? Math.min(a, l) : best(a, l);
  };
  const left = diagonal('left');
  const right = diagonal('right');
  const side: Side = !(right > left) ? 'left' : 'right';
  return { movement: side === 'left' ? left : right, side };
}

function proneLiftFaults(lift: ProneLift): FaultSpec[] {
  const faults: FaultSpec[] = [];
  if (lift !== 'arms') faults.push({ id: 'hips-not-level', bodyPart: 'hips' });
  faults.push({ id: 'arm-too-low', bodyPart: 'arms' });
  if (lift !== 'arms') faults.push({ id: 'leg-too-low', bodyPart: 'legs' });
  if (lift !== 'diagonal') faults.push({ id: 'neck-craned', bodyPart: 'neck' });
  return faults;
}

function assessProneLift(
  body: BodyFrame,
  lift: ProneLift,
  params: ProneLiftParams,
  hips: HipsLevelJudge | null,
  cameBack: (timestampMs: number, inPosition: boolean) => boolean,
): FrameAssessment {
  const lifts = limbLifts(body);
  const lying = isLyingProne(body, lifts, params);
  // The rest seen before the person was away (out of sight, or not lying face down) is no
  // baseline for what follows.
  if (cameBack(body.timestampMs, lying)) hips?.reset();
  if (!lying) return { inPosition: false, faults: [] };
  const { movement, side } = movementOf(lift, lifts);
  if (!Number.isFinite(movement)) return { inPosition: true, faults: [] };
  const atTop = movement >= params.repEnter;
  const rolled = hips?.update(body, { atRest: movement <= params.repExit, atTop });
  const faults: Fault[] = rolled ? [rolled] : [];
  if (atTop) {
    const range = params.severityRangeDeg;
    const arm = side ? lifts.arm[side] : best(lifts.arm.left, lifts.arm.right);
    const leg = side ? lifts.leg[otherSide(side)] : best(lifts.leg.left, lifts.leg.right);
    const armLow = Number.isFinite(arm) ? severityBelow(arm, params.armLiftDeg, range) : 0;
    if (armLow > 0) faults.push({ id: 'arm-too-low', bodyPart: 'arms', severity: armLow });
    if (lift !== 'arms') {
      const legLow = Number.isFinite(leg) ? severityBelow(leg, params.legLiftDeg, range) : 0;
      if (legLow > 0) faults.push({ id: 'leg-too-low', bodyPart: 'legs', severity: legLow });
    }
    // The neck's line shows from the side only: head-on, the ear hides behind the face.
    if (lift !== 'diagonal' && body.view !== 'front') {
      const s = sidePoints(body, body.nearSide);
      const headHigh = distanceBelowLine(s.ear, s.hip, s.shoulder) < 0;
      const neck = angleAtJoint(s.ear, s.shoulder, s.hip);
      const craned = headHigh ? severityBelow(neck, params.neckBelowDeg, range) : 0;
      if (craned > 0) faults.push({ id: 'neck-craned', bodyPart: 'neck', severity: craned });
    }
  }
  return { inPosition: true, movement, ...(side ? { side } : {}), faults };
}

/** What a rushed lift is pointed at: the arms, the legs, or the back that lifts both. */
const LIFTED_PART: Record<ProneLift, BodyPart> = {
  arms: 'arms',
  diagonal: 'legs',
  'arms-and-legs': 'back',
};

/** A prone-lift checker definition for one exercise. */
export function proneLiftChecker(
  kind: string,
  lift: ProneLift,
): CheckerDefinition<ProneLiftParams> {
  return {
    kind,
    mode: 'reps',
    movingPart: LIFTED_PART[lift],
    view: 'side',
    // Arms lifted out to the sides show as well head-on (a phone on the floor in front of the face)
    // as from the side; legs do not.
    ...(lift === 'arms' ? { alsoRecognisedFrom: ['front' as const] } : {}),
    needs: ['shoulders', 'hips'],
    faults: proneLiftFaults(lift),
    // Only lifts that raise the legs can roll the hips.
    paramsSchema:
      lift === 'arms'
        ? z.strictObject(proneLiftParamsShape)
        : z.strictObject({ ...proneLiftParamsShape, ...hipsLevelParamsShape }),
    create: (params) => {
      const hips =
        params.maxHipRoll === undefined
          ? null
          : createHipsLevelJudge({ maxHipRoll: params.maxHipRoll });
      const cameBack = createAwayFromPosition(params.holdExitMs);
      return (body) => assessProneLift(body, lift, params, hips, cameBack);
    },
  };
}
