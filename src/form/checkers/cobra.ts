import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { sidePoints } from '../body/body-side';
import { distance } from '../geometry/distance';
import { poseFeatures } from '../recognition/pose-features';
import type { BodyFrame, Fault } from '../types';
import { defineChecker } from './checker-definition';
import { severityAbove, severityBelow } from './severity';
import { holdTimingShape } from './timing-params';

type World = { x: number; y: number; z: number };

const mid = (a: World, b: World): World => ({
  x: (a.x + b.x) / 2,
  y: (a.y + b.y) / 2,
  z: (a.z + b.z) / 2,
});

/** Elevation of the segment from `from` to `to` above the horizontal, degrees (world y is down). */
const elevation = (from: World, to: World): number =>
  (Math.atan2(from.y - to.y, Math.hypot(to.x - from.x, to.z - from.z)) * 180) / Math.PI;

interface CobraShape {
  trunkElevation: number;
  legElevation: number;
  /** Hands below shoulders, hips above ankles: in trunk lengths. */
  wristsBelowShoulders: number;
  hipsAboveAnkles: number;
  /** The face turned the way the chest leads (away from the hips), not back toward the feet. */
  faceLeads: boolean;
}

/**
 * The press-up measured on the world landmarks (metres, y down), which keep the same angles from
 * every camera angle: the position is recognised side-on, at an angle or from the head end.
 */
function cobraShape(body: BodyFrame): CobraShape | null {
  const w = (i: number) => body.world[i];
  const [ls, rs, lh, rh, la, ra, lw, rw, le, re, nose] = [
    LANDMARK.leftShoulder,
    LANDMARK.rightShoulder,
    LANDMARK.leftHip,
    LANDMARK.rightHip,
    LANDMARK.leftAnkle,
    LANDMARK.rightAnkle,
    LANDMARK.leftWrist,
    LANDMARK.rightWrist,
    LANDMARK.leftEar,
    LANDMARK.rightEar,
    LANDMARK.nose,
  ].map(w);
  if (!ls || !rs || !lh || !rh || !la || !ra || !lw || !rw || !le || !re || !nose) return null;
  const shoulders = mid(ls, rs);
  const hips = mid(lh, rh);
  const ankles = mid(la, ra);
  const wrists = mid(lw, rw);
  const ears = mid(le, re);
  const trunk = Math.hypot(shoulders.x - hips.x, shoulders.y - hips.y, shoulders.z - hips.z);
  if (trunk === 0) return null;
  const lead = { x: shoulders.x - hips.x, z: shoulders.z - hips.z };
  return {
    trunkElevation: elevation(hips, shoulders),
    legElevation: elevation(hips, ankles),
    wristsBelowShoulders: (wrists.y - shoulders.y) / trunk,
    hipsAboveAnkles: (ankles.y - hips.y) / trunk,
    faceLeads: (nose.x - ears.x) * lead.x + (nose.z - ears.z) * lead.z > 0,
  };
}

/**
 * Cobra-style press-up: lying face down with the legs long on the floor, the upper body pressed up
 * on the hands so the back arches. Judged side-on; recognised (and timed) from any angle. Faults:
 * the hips lifting off the floor (any view); side-on also the shoulders hunched up to the ears and
 * the neck craned back.
 */
export const cobraChecker = defineChecker({
  kind: 'cobra',
  mode: 'hold',
  view: 'side',
  alsoRecognisedFrom: ['front', 'oblique'],
  needs: ['shoulders', 'wrists', 'hips', 'knees'],
  // From the head end the legs hide behind the raised trunk.
  needsByView: { front: ['shoulders', 'wrists'] },
  faults: [
    { id: 'hips-lifted', bodyPart: 'hips' },
    { id: 'shoulders-raised', bodyPart: 'shoulders' },
    { id: 'neck-craned', bodyPart: 'neck' },
  ],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    /** Hips-to-ankles at most this far from level: the legs long on the floor. */
    maxLegElevationDeg: z.number().min(0).max(90),
    /** Hips-to-shoulders elevation within this range: pressed up, not lying, not kneeling up. */
    minTrunkElevationDeg: z.number().min(0).max(90),
    maxTrunkElevationDeg: z.number().min(0).max(90),
    /** The hands at least this far below the shoulders (trunk lengths): pressing on the floor. */
    minWristsBelowShoulders: z.number(),
    /** The hips more than this above the ankles (trunk lengths): lifted off the floor. */
    hipsLiftedAbove: z.number(),
    /** Side-on, the ear less than this above the shoulder (trunk lengths): shoulders hunched. */
    minEarAboveShoulder: z.number(),
    /** Side-on, the nose more than this above the ear (trunk lengths): the head thrown back. */
    neckCranedAbove: z.number(),
  }),
  create(params) {
    return (body) => {
      const shape = cobraShape(body);
      const inPosition =
        shape !== null &&
        shape.faceLeads &&
        Math.abs(shape.legElevation) <= params.maxLegElevationDeg &&
        shape.trunkElevation >= params.minTrunkElevationDeg &&
        shape.trunkElevation <= params.maxTrunkElevationDeg &&
        shape.wristsBelowShoulders >= params.minWristsBelowShoulders;
      if (!shape || !inPosition) return { inPosition: false, faults: [] };
      const faults: Fault[] = [];
      const lifted = severityAbove(shape.hipsAboveAnkles, params.hipsLiftedAbove, 0.3);
      if (lifted > 0) faults.push({ id: 'hips-lifted', bodyPart: 'hips', severity: lifted });
      // The head and shoulders are judged in the picture, side-on only.
      const f = body.view === 'side' ? poseFeatures(body.points, body.visibility) : null;
      if (f) {
        const near = sidePoints(body, body.nearSide);
        const earAbove = (near.shoulder.y - near.ear.y) / distance(near.shoulder, near.hip);
        const hunched = severityBelow(earAbove, params.minEarAboveShoulder, 0.1);
        const craned = severityAbove(-f.noseBelowEars, params.neckCranedAbove, 0.2);
        if (hunched > 0)
          faults.push({ id: 'shoulders-raised', bodyPart: 'shoulders', severity: hunched });
        if (craned > 0) faults.push({ id: 'neck-craned', bodyPart: 'neck', severity: craned });
      }
      return { inPosition, faults };
    };
  },
});
