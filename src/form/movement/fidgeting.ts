/**
 * Fidgeting in a hold: the body's joints bending and straightening while it should be still. Read
 * as the steadiness (movement/steadiness) of the angles at the elbows, shoulders, hips and knees
 * in 3-D (world landmarks), which do not change with the camera: a camera moving round a still
 * person (edited footage), its distance, or a body seen end-on, where picture distances shrink and
 * their jitter grows, move nothing. Only joints seen count: MediaPipe's guesses for hidden ones wander by themselves.
 *
 * Fidgeting is movement that keeps going. One shift (settling a hand once, a camera cut) keeps the
 * window's travel above the tolerance for about the window plus the shift itself; fidgeting keeps
 * coming back above it, never still for a whole window, for longer than `lastingMs`. (A joint
 * swinging to and fro dips below the tolerance at each mid-swing, so the bout is not broken by a
 * moment below it, only by a window without movement.)
 */
import { LANDMARK } from '../../pose/landmarks';
import { isVisible } from '../body/visibility';
import { worldAngleAtJoint } from '../geometry/world-angle-at-joint';
import type { BodyFrame, BodyPart } from '../types';
import { createSteadiness, type Steadiness } from './steadiness';

const L = LANDMARK;
/** A joint angle as landmark indices: [end, joint, end]. */
type JointAngle = readonly [number, number, number];
/** Each region's joint angles. */
const REGIONS: readonly { part: BodyPart; angles: readonly JointAngle[] }[] = [
  {
    part: 'arms',
    angles: [
      [L.leftShoulder, L.leftElbow, L.leftWrist],
      [L.rightShoulder, L.rightElbow, L.rightWrist],
      [L.leftElbow, L.leftShoulder, L.leftHip],
      [L.rightElbow, L.rightShoulder, L.rightHip],
    ],
  },
  {
    part: 'hips',
    angles: [
      [L.leftShoulder, L.leftHip, L.leftKnee],
      [L.rightShoulder, L.rightHip, L.rightKnee],
    ],
  },
  {
    part: 'legs',
    angles: [
      [L.leftHip, L.leftKnee, L.leftAnkle],
      [L.rightHip, L.rightKnee, L.rightAnkle],
    ],
  },
];

export interface FidgetingOptions {
  /** How far back a joint's angle is compared with now. */
  windowMs: number;
  /** A joint angle changing more than this within the window is moving. */
  toleranceDeg: number;
  /** Moving this long without a break is fidgeting. */
  lastingMs: number;
}

export interface Fidgeting {
  /** Adds one frame of the hold; returns the region fidgeting most, or null when still. */
  update(body: BodyFrame): BodyPart | null;
  /** Forgets the past (the hold paused): the next frame starts afresh. */
  reset(): void;
}

function angleOf(body: BodyFrame, [a, joint, c]: JointAngle): number {
  if (![a, joint, c].every((i) => isVisible(body, i))) return Number.NaN;
  const [wa, wj, wc] = [body.world[a], body.world[joint], body.world[c]];
  return wa && wj && wc ? worldAngleAtJoint(wa, wj, wc) : Number.NaN;
}

export function createFidgeting(options: FidgetingOptions): Fidgeting {
  const regions: Steadiness[] = REGIONS.map(({ angles }) =>
    createSteadiness(
      options.windowMs,
      angles.map(() => options.toleranceDeg),
    ),
  );
  // The bout of movement under way: since when, last seen when, and where it was largest.
  let movingSinceMs: number | null = null;
  let lastMovingMs = -Infinity;
  let lastPart: BodyPart | null = null;
  // Called on every frame outside a hold: it clears what there is, it builds nothing.
  const reset = () => {
    for (const region of regions) region.reset();
    movingSinceMs = null;
    lastMovingMs = -Infinity;
    lastPart = null;
  };
  return {
    update(body) {
      const t = body.timestampMs;
      let most: BodyPart | null = null;
      // Past the tolerance (a wander above 1), the region that moved most.
      let mostWander = 1;
      for (const [r, { part, angles }] of REGIONS.entries()) {
        const wander = regions[r]!.update(
          t,
          angles.map((angle) => angleOf(body, angle)),
        );
        if (wander > mostWander) {
          most = part;
          mostWander = wander;
        }
      }
      if (most) {
        // Moving again within a window of the last movement: the same bout goes on.
        if (t - lastMovingMs > options.windowMs) movingSinceMs = t;
        lastMovingMs = t;
        lastPart = most;
      } else if (t - lastMovingMs > options.windowMs) movingSinceMs = null;
      const lasted = movingSinceMs !== null && lastMovingMs - movingSinceMs >= options.lastingMs;
      return lasted ? lastPart : null;
    },
    reset,
  };
}
