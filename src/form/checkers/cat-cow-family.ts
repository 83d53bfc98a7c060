import { z } from 'zod';
import { sidePoints } from '../body/body-side';
import { signedBend } from '../geometry/signed-bend';
import { createSwingTracker } from '../movement/swing-turns';
import type { BodyFrame, Fault } from '../types';
import { severityAbove, severityBelow } from './severity';
import { repTimingShape } from './timing-params';

/**
 * Cat-cow, on all fours or seated: the back rounds (cat) and arches (cow). With no landmarks on the
 * spine, the movement is read as the head's bend against the shoulder-hip line, toward the belly
 * side (positive, cat: chin tucked, back rounded) or away from it (negative, cow: chest and head
 * lifted). `repEnter` is the cat end and `repExit` the cow end, in those degrees: one cat and one
 * cow make one rep.
 */
export const catCowParamsShape = {
  ...repTimingShape,
  /** The movement coming back this many degrees from its furthest point: the swing has turned. */
  turnBackDeg: z.number().positive(),
  /** Degrees short of an end at which a stopped-short fault is at full severity. */
  depthRangeDeg: z.number().positive(),
};

/** A cycle counted from the person's own range whose cat or cow fell short of the textbook end. */
export const CAT_COW_SHORT_RANGE = { high: 'not-rounded', low: 'not-arched' } as const;

export const catCowDepthFaults = [
  { id: 'not-rounded', bodyPart: 'back' },
  { id: 'not-arched', bodyPart: 'back' },
] as const;

/** The head's bend from the back's line, degrees: positive toward the belly (cat). */
export function spineFlexion(body: BodyFrame): number {
  const s = sidePoints(body, body.nearSide);
  return signedBend(s.hip, s.shoulder, s.ear, s.knee);
}

/**
 * Names a cat or a cow that stopped short: a swing toward one end that turns back before reaching
 * it (the rep counter's threshold for that end), so the person hears why it did not count. Only a
 * deliberate swing is judged: one that travelled at least the span between the two ends, so
 * resting in table-top or pausing on the way is never called short. The verdict is given as the
 * swing turns back and stands until the next swing turns: the way back to the other end takes
 * under a second, too short for a cue to be heard, and the cue is about the next cat (or cow).
 *
 * Depth is not asked beyond the rep thresholds: the signal is the head's bend, and on recorded
 * footage a fully rounded back with the head dropped a little less read 17 degrees where the same
 * person's other cat read 45, so a deeper threshold would fault a full cat.
 */
export function createDepthJudge(params: {
  repEnter: number;
  repExit: number;
  turnBackDeg: number;
  depthRangeDeg: number;
}) {
  const swings = createSwingTracker({ turnBack: params.turnBackDeg });
  const deliberateSwing = params.repEnter - params.repExit;
  let verdict: Fault | null = null;
  return {
    /** The stopped-short fault standing at this frame's movement, if any. */
    update(movement: number): Fault | null {
      const turn = swings.update(movement);
      if (turn) {
        verdict = null;
        if (turn.travel >= deliberateSwing) {
          const short =
            turn.heading === 'up'
              ? severityBelow(turn.extreme, params.repEnter, params.depthRangeDeg)
              : severityAbove(turn.extreme, params.repExit, params.depthRangeDeg);
          const id = turn.heading === 'up' ? 'not-rounded' : 'not-arched';
          if (short > 0) verdict = { id, bodyPart: 'back', severity: short };
        }
      }
      return verdict;
    },
    /** The person left the position: the swing under way is forgotten. */
    reset() {
      swings.reset();
      verdict = null;
    },
  };
}
