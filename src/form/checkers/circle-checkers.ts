/**
 * The circling warm-ups, each a moving point in a plane (see circle-family.ts). Image points are
 * used where the circle lies across the picture (head circles facing the camera); world landmarks
 * (metres, y down, z away from the camera, origin between the hips) where it lies in depth.
 */
import { LANDMARK } from '../../pose/landmarks';
import { sidePoints } from '../body/body-side';
import { isVisible } from '../body/visibility';
import { visibleTrunk } from '../body/visible-trunk';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { distance } from '../geometry/distance';
import { midpoint } from '../geometry/midpoint';
import type { BodyFrame, Fault, Point } from '../types';
import { defineCircleChecker } from './circle-family';
import { shoulderFault, shoulderTilt } from './head-movement-family';
import { severityAbove } from './severity';

type World = { x: number; y: number; z: number };

const worldOf = (body: BodyFrame, i: number): World | null => body.world[i] ?? null;
const mid = (a: World, b: World): World => ({
  x: (a.x + b.x) / 2,
  y: (a.y + b.y) / 2,
  z: (a.z + b.z) / 2,
});
const seen = (body: BodyFrame, indices: readonly number[]) =>
  indices.every((i) => isVisible(body, i));

/** Shoulder width in metres: the body unit for the world-plane circles. */
function worldShoulderWidth(body: BodyFrame): number | null {
  const l = worldOf(body, LANDMARK.leftShoulder);
  const r = worldOf(body, LANDMARK.rightShoulder);
  return l && r ? Math.hypot(l.x - r.x, l.y - r.y, l.z - r.z) : null;
}

/** Front-back and up-down (the sagittal plane), seen from the person's right: forward is +x. */
const sagittal = (w: World): Point => ({ x: -w.z, y: w.y });
/** Left-right and front-back (the horizontal plane), seen from above. */
const horizontal = (w: World): Point => ({ x: w.x, y: w.z });

const SHOULDERS = [LANDMARK.leftShoulder, LANDMARK.rightShoulder] as const;
const HIPS = [LANDMARK.leftHip, LANDMARK.rightHip] as const;
const ELBOWS = [LANDMARK.leftElbow, LANDMARK.rightElbow] as const;
const EARS = [LANDMARK.leftEar, LANDMARK.rightEar] as const;

/**
 * A head circle passes through the neck tilts' side bends, and the shoulders must stay as level as
 * there: one shoulder hitched up to meet the ear tilts the shoulder line. The neck tilts' limits
 * (content/exercises/neck-tilts.json: maxShoulderDeg, severityRangeDeg).
 */
const HEAD_CIRCLE_MAX_SHOULDER_TILT_DEG = 8;
const HEAD_CIRCLE_SHOULDER_SEVERITY_RANGE_DEG = 10;

/** Head circles: the nose around its centre, facing the camera; unit the shoulder width. */
export const headCirclesChecker = defineCircleChecker({
  kind: 'head-circles',
  movingPart: 'head',
  view: 'front',
  needs: ['head', 'shoulders'],
  positionFaults: [{ id: 'shoulders-raised', bodyPart: 'shoulders' }],
  judge(body) {
    const fault = shoulderFault(
      shoulderTilt(body),
      'shoulders-raised',
      HEAD_CIRCLE_MAX_SHOULDER_TILT_DEG,
      HEAD_CIRCLE_SHOULDER_SEVERITY_RANGE_DEG,
    );
    return fault ? [fault] : [];
  },
  track(body) {
    if (!seen(body, [LANDMARK.nose, ...SHOULDERS])) return null;
    const [l, r] = SHOULDERS.map((i) => body.points[i]!) as [Point, Point];
    const centre = midpoint(l, r);
    const nose = body.points[LANDMARK.nose]!;
    return { point: { x: nose.x - centre.x, y: nose.y - centre.y }, unit: distance(l, r) };
  },
});

/**
 * Shoulder circles. With the hips in the picture: the shoulders' midpoint, forward-up-back-down,
 * relative to the hips (the world landmarks' origin). Framed from the waist up (a laptop's webcam),
 * the hip-centred origin is only a guess, so the circle is followed at the elbows relative to the
 * ears instead: the upper arm hangs from the shoulder (or pivots on it, fingertips on the
 * shoulders), so the elbow draws the shoulder's circle, larger. The reference in use is kept while
 * it is seen: on the park clip the hips flicker into sight on 7 of 110 frames, and each switch
 * would start the circle again.
 */
export const shoulderCirclesChecker = defineCircleChecker({
  kind: 'shoulder-circles',
  movingPart: 'shoulders',
  view: 'front',
  needs: ['shoulders'],
  modelNeeds: [{ needs: 'depth', check: 'counting shoulder circles (forward and back)' }],
  track(body, previous) {
    const width = worldShoulderWidth(body);
    const [l, r] = SHOULDERS.map((i) => worldOf(body, i));
    if (!width || !l || !r || !seen(body, SHOULDERS)) return null;
    const fromHips = () =>
      seen(body, HIPS) ? { point: sagittal(mid(l, r)), unit: width, reference: 'hips' } : null;
    const fromEars = () => {
      const [le, re, lear, rear] = [...ELBOWS, ...EARS].map((i) => worldOf(body, i));
      if (!le || !re || !lear || !rear || !seen(body, [...ELBOWS, ...EARS])) return null;
      const elbows = mid(le, re);
      const ears = mid(lear, rear);
      return {
        point: sagittal({ x: elbows.x - ears.x, y: elbows.y - ears.y, z: elbows.z - ears.z }),
        unit: width,
        reference: 'ears',
      };
    };
    return previous === 'ears' ? (fromEars() ?? fromHips()) : (fromHips() ?? fromEars());
  },
});

/** Arm circles: the wrists' midpoint around the shoulders, forward or backward, arms straight. */
export const armCirclesChecker = defineCircleChecker({
  kind: 'arm-circles',
  movingPart: 'arms',
  view: 'front',
  needs: ['shoulders', 'elbows', 'wrists'],
  modelNeeds: [{ needs: 'depth', check: 'counting arm circles (forward and back)' }],
  positionFaults: [{ id: 'elbows-bent', bodyPart: 'elbows' }],
  track(body) {
    const width = worldShoulderWidth(body);
    const [lw, rw] = [LANDMARK.leftWrist, LANDMARK.rightWrist].map((i) => worldOf(body, i));
    const [ls, rs] = SHOULDERS.map((i) => worldOf(body, i));
    if (!width || !lw || !rw || !ls || !rs || !seen(body, SHOULDERS)) return null;
    const hands = mid(lw, rw);
    const shoulders = mid(ls, rs);
    return {
      point: sagittal({
        x: hands.x - shoulders.x,
        y: hands.y - shoulders.y,
        z: hands.z - shoulders.z,
      }),
      unit: width,
    };
  },
  judge(body) {
    const bent = (['left', 'right'] as const).some((side) => {
      const p = sidePoints(body, side);
      return angleAtJoint(p.shoulder, p.elbow, p.wrist) < 140;
    });
    return bent ? [{ id: 'elbows-bent', bodyPart: 'elbows', severity: 0.5 }] : [];
  },
});

/** Hip circles (both exercises): the hips around the feet, seen from above. */
function trackHips(body: BodyFrame) {
  const width = worldShoulderWidth(body);
  const [la, ra] = [LANDMARK.leftAnkle, LANDMARK.rightAnkle].map((i) => worldOf(body, i));
  if (!width || !la || !ra || !seen(body, [...HIPS, LANDMARK.leftAnkle, LANDMARK.rightAnkle])) {
    return null;
  }
  // World landmarks are centred between the hips, so the hips relative to the feet is minus the
  // feet's position.
  const feet = mid(la, ra);
  return { point: horizontal({ x: -feet.x, y: -feet.y, z: -feet.z }), unit: width };
}

export const hipRotationsChecker = defineCircleChecker({
  kind: 'hip-rotations',
  movingPart: 'hips',
  view: 'front',
  needs: ['shoulders', 'hips', 'knees', 'ankles'],
  modelNeeds: [{ needs: 'depth', check: 'counting hip circles (seen from above)' }],
  track: trackHips,
});

export const standingHipCirclesChecker = defineCircleChecker({
  kind: 'standing-hip-circles',
  movingPart: 'hips',
  view: 'front',
  needs: ['shoulders', 'hips', 'knees', 'ankles'],
  modelNeeds: [{ needs: 'depth', check: 'counting hip circles (seen from above)' }],
  track: trackHips,
});

/**
 * Leaning back to lift the knee: the trunk (hips' middle to shoulders' middle) tipped more than this
 * from upright, away from the raised knee. Standing tall on one leg keeps the trunk within a few
 * degrees of upright; a clear lean back is the hip flexors pulling the pelvis under.
 */
const MAX_LEAN_BACK_DEG = 15;
const LEAN_BACK_SEVERITY_RANGE_DEG = 15;

/**
 * Knee raise with lower-leg circles, from the side: the knee lifted to about hip height, the ankle
 * of that leg circling below the knee, seen from above. Faults: the knee sinking, leaning back.
 */
export const kneeRaiseLegCirclesChecker = defineCircleChecker({
  kind: 'knee-raise-leg-circles',
  movingPart: 'legs',
  view: 'side',
  needs: ['hips', 'knees', 'ankles'],
  modelNeeds: [{ needs: 'depth', check: 'counting lower-leg circles (seen from above)' }],
  positionFaults: [
    { id: 'knee-too-low', bodyPart: 'knees' },
    { id: 'leaning-back', bodyPart: 'back' },
  ],
  track(body) {
    // The raised leg is the one whose knee is higher in the picture.
    const left = sidePoints(body, 'left');
    const right = sidePoints(body, 'right');
    const raised = left.knee.y < right.knee.y ? 'left' : 'right';
    const p = raised === 'left' ? left : right;
    const thigh = distance(p.hip, p.knee);
    // Lifted: the knee no lower than halfway down the thigh's hanging length.
    if (thigh === 0 || p.knee.y - p.hip.y > 0.7 * thigh) return null;
    const knee = worldOf(body, raised === 'left' ? LANDMARK.leftKnee : LANDMARK.rightKnee);
    const ankle = worldOf(body, raised === 'left' ? LANDMARK.leftAnkle : LANDMARK.rightAnkle);
    const width = worldShoulderWidth(body);
    if (!knee || !ankle || !width) return null;
    return {
      point: horizontal({ x: ankle.x - knee.x, y: ankle.y - knee.y, z: ankle.z - knee.z }),
      unit: width,
    };
  },
  judge(body) {
    const left = sidePoints(body, 'left');
    const right = sidePoints(body, 'right');
    const p = left.knee.y < right.knee.y ? left : right;
    const thigh = distance(p.hip, p.knee);
    const faults: Fault[] =
      thigh > 0 && p.knee.y - p.hip.y > 0.35 * thigh
        ? [{ id: 'knee-too-low', bodyPart: 'knees', severity: 0.5 }]
        : [];
    const trunk = visibleTrunk(body);
    if (trunk) {
      // The raised knee is in front: forward is the side of the hips it is on.
      const hips = midpoint(trunk[2], trunk[3]);
      const shoulders = midpoint(trunk[0], trunk[1]);
      const forward = Math.sign(p.knee.x - hips.x);
      const leanBackDeg =
        (Math.atan2(-forward * (shoulders.x - hips.x), hips.y - shoulders.y) * 180) / Math.PI;
      const severity = severityAbove(leanBackDeg, MAX_LEAN_BACK_DEG, LEAN_BACK_SEVERITY_RANGE_DEG);
      if (severity > 0) faults.push({ id: 'leaning-back', bodyPart: 'back', severity });
    }
    return faults;
  },
});
