import { z } from 'zod';
import { otherSide, SIDE_INDICES, sidePoints } from '../body/body-side';
import { angleAtJoint } from '../geometry/angle-at-joint';
import { distance } from '../geometry/distance';
import { midpoint } from '../geometry/midpoint';
import { inclinationFromHorizontal } from '../geometry/segment-angle';
import type { BodyFrame, Point, Side } from '../types';
import { inPicture, VISIBLE_FROM } from '../body/visibility';
import { defineChecker } from './checker-definition';
import { ANGLE_SETTLE_MOVING_PER_S } from './settle-key';
import { severityBelow } from './severity';
import { repTimingShape } from './timing-params';

/**
 * A hand is placed when it is in the picture, however low its visibility: one hidden under the
 * chest (as the threading hand is) is still put there by the model, with a visibility of 0.07-0.2
 * in the mirrored white-studio clip, and the supporting hand behind the threading arm drops to
 * 0.1; one outside the picture has none (the body frame zeroes it). Where the model guesses a
 * hidden hand on the floor, the movement reads it as on the floor, not threaded. Measured: any
 * floor from 0.001 to 0.05 keeps the mirrored clip's rep and hold (1.0 s of the original's 1.2 s),
 * 0.1 loses its hold, 0.2 its rep; no other clip changes.
 */
const placed = (body: BodyFrame, side: Side) => inPicture(body, SIDE_INDICES[side].wrist);

/**
 * Where a hand is read: in the picture, where the model places it (see `placed`). Cut off below
 * the picture's bottom edge, as by a camera close to someone on all fours, it is taken at the
 * edge, the highest it can be: its drop below the shoulders is at least that. A hand cut off at
 * any other edge cannot be read (null).
 */
function handAt(body: BodyFrame, side: Side): Point | null {
  const wrist = body.points[SIDE_INDICES[side].wrist]!;
  if (placed(body, side)) return wrist;
  return wrist.y > 1 ? { x: wrist.x, y: 1 } : null;
}

interface Hands {
  /** The hand on the floor, holding the body up: the lower one in the picture (or where it stays). */
  support: Point;
  /** The other hand, and its side: the one that threads (or opens to the ceiling). */
  free: Point;
  freeSide: Side;
}

/**
 * Finds the two hands, following the supporting one: it holds the body up and stays planted
 * through the thread. It is known once the other hand is clearly up off the floor (by `apart`, in
 * the picture's units), seen well. When the model then loses it (seen below VISIBLE_FROM) and
 * guesses it up off the floor, where it was last seen planted stands for it, and the other hand is
 * still the free one: with the threading hand under the chest beside it, the model can put both
 * hands there (0.7-0.9 s in the drifting white-studio clip, visibility 0.08-0.4), which would read
 * as the supporting hand lifted and the person out of position.
 */
function createHandFinder() {
  let planted: { side: Side; point: Point } | null = null;
  return (body: BodyFrame, apart: number): Hands | null => {
    const at = { left: handAt(body, 'left'), right: handAt(body, 'right') };
    // One hand below the edge is the planted one; with both cut off nothing says where either is.
    if (!at.left || !at.right || (!placed(body, 'left') && !placed(body, 'right'))) {
      planted = null;
      return null;
    }
    const wrist = (side: Side) => at[side]!;
    const seen = (side: Side) => (body.visibility[SIDE_INDICES[side].wrist] ?? 0) >= VISIBLE_FROM;
    const handsWith = (supportSide: Side, support: Point): Hands => ({
      support,
      free: wrist(otherSide(supportSide)),
      freeSide: otherSide(supportSide),
    });
    if (planted && !seen(planted.side) && wrist(planted.side).y < planted.point.y) {
      const freeSide = otherSide(planted.side);
      // The other hand clearly below the one named planted: the model has swapped the hands'
      // names (0.9 s of the cropped white-studio clip). The lower one is the planted hand.
      if (wrist(freeSide).y - wrist(planted.side).y >= apart) {
        return { support: wrist(freeSide), free: wrist(planted.side), freeSide };
      }
      return handsWith(planted.side, planted.point);
    }
    const supportSide: Side = wrist('left').y >= wrist('right').y ? 'left' : 'right';
    const hands = handsWith(supportSide, wrist(supportSide));
    if (seen(supportSide) && hands.support.y - hands.free.y >= apart) {
      planted = { side: supportSide, point: hands.support };
    }
    return hands;
  };
}

/**
 * Thread the needle, from the side (or obliquely): on all fours, one hand stays on the floor while
 * the other slides under the chest toward the far side, the shoulder sinks and the upper back
 * turns; the threaded position is held, then the arm comes back (often opening to the ceiling).
 * Each thread is a rep of the threading arm's side, its held part timed as the hold.
 *
 * Movement: how far the free hand is tucked up under the chest, between the floor and the
 * shoulders: 0 with both hands on the floor, toward 1 with the hand up at the shoulders' height
 * (1 minus its drop below the shoulders over the supporting hand's). How deep the shoulder goes
 * differs a lot between people (one real thread sinks the shoulders 0.7 trunk lengths, another
 * 0.1), the tucked hand does not. A hand above the shoulders is opening to the ceiling and a hand
 * far out in front is reaching (a bird-dog's arm), neither threading: 0. The hips stay above the
 * knees (sitting back toward the heels makes it a child's pose). Fault: the hips shifting off the
 * knees.
 */
export const threadTheNeedleChecker = defineChecker({
  kind: 'thread-the-needle',
  mode: 'reps',
  movingPart: 'arms',
  view: 'side',
  needs: ['shoulders', 'hips', 'knees'],
  faults: [{ id: 'hips-shifted', bodyPart: 'hips' }],
  settleMovingPerS: ANGLE_SETTLE_MOVING_PER_S,
  paramsSchema: z.strictObject({
    ...repTimingShape,
    /** Hip-knee-ankle within this range: kneeling, the shins on the floor. */
    minKneeAngleDeg: z.number().min(0).max(180),
    maxKneeAngleDeg: z.number().min(0).max(180),
    /** The thigh (hip to knee) at least this steep: the hips above the knees, not sat back. */
    minThighInclineDeg: z.number().min(0).max(90),
    /** The supporting hand at least this far below the shoulders (trunk lengths): on the floor. */
    minSupportDrop: z.number().positive(),
    /** The free hand further forward of the shoulders than this (trunk lengths) is reaching. */
    maxReachForward: z.number().positive(),
    /** Below this thigh steepness the hips have shifted (a fault, while still in position). */
    hipsShiftedBelowDeg: z.number().min(0).max(90),
    severityRangeDeg: z.number().positive(),
  }),
  create(params) {
    const handsOf = createHandFinder();
    return (body) => {
      const p = sidePoints(body, body.nearSide);
      const knee = angleAtJoint(p.hip, p.knee, p.ankle);
      const thigh = inclinationFromHorizontal(p.hip, p.knee);
      const kneeling =
        knee >= params.minKneeAngleDeg &&
        knee <= params.maxKneeAngleDeg &&
        p.knee.y > p.hip.y &&
        thigh >= params.minThighInclineDeg;
      const shoulders = midpoint(
        body.points[SIDE_INDICES.left.shoulder]!,
        body.points[SIDE_INDICES.right.shoulder]!,
      );
      const hips = midpoint(
        body.points[SIDE_INDICES.left.hip]!,
        body.points[SIDE_INDICES.right.hip]!,
      );
      const trunk = distance(shoulders, hips);
      // The supporting hand is known once the other is lifted as far above it as it must itself
      // be below the shoulders.
      const hands = handsOf(body, params.minSupportDrop * trunk);
      if (!kneeling || !hands || trunk === 0) return { inPosition: false, faults: [] };
      const supportDrop = (hands.support.y - shoulders.y) / trunk;
      if (supportDrop < params.minSupportDrop) return { inPosition: false, faults: [] };
      const freeDrop = (hands.free.y - shoulders.y) / trunk;
      // Forward is the way the head points from the hips.
      const forward = ((hands.free.x - shoulders.x) * Math.sign(shoulders.x - hips.x)) / trunk;
      const threading = freeDrop >= 0 && forward <= params.maxReachForward;
      const shouldersSunk = (shoulders.y - hips.y) / trunk;
      const shifted = severityBelow(thigh, params.hipsShiftedBelowDeg, params.severityRangeDeg);
      return {
        inPosition: true,
        movement: (threading ? Math.max(0, 1 - freeDrop / supportDrop) : 0) + shouldersSunk,
        side: hands.freeSide,
        // The threaded hand is hidden under the chest, its height a guess that wanders by most of
        // the textbook span while the person holds still: the top is settled by the thigh's slope
        // (the hips over the knees, the base that stays put while the arm threads and the
        // shoulder sinks), which the camera sees. The trunk's lean would count the shoulder
        // settling onto the mat as movement (2.4 s of the phone clip's 3.5 s thread; the thigh,
        // 3.7 s). Any clearly-moving speed from 15 to 1000 degrees a second times the same.
        settleKey: [thigh],
        faults: shifted > 0 ? [{ id: 'hips-shifted', bodyPart: 'hips', severity: shifted }] : [],
      };
    };
  },
});
