import { z } from 'zod';
import { SIDE_INDICES } from '../body/body-side';
import type { BodyFrame, Side } from '../types';
import { defineChecker } from './checker-definition';
import { createAwayFromPosition } from './away-from-position';
import { raisedFromHanging3d, standsUpright } from './standing-measures';
import { holdTimingShape } from './timing-params';

/** How far each thigh is raised from hanging, degrees (90 with the thigh level), in 3-D. */
function thighLifts(body: BodyFrame): Record<Side, number> {
  const lift = (side: Side) => {
    const hip = body.world[SIDE_INDICES[side].hip];
    const knee = body.world[SIDE_INDICES[side].knee];
    return hip && knee ? raisedFromHanging3d(hip, knee) : 0;
  };
  return { left: lift('left'), right: lift('right') };
}

/**
 * Running (or marching) on the spot, any view, timed: the dose is a time, and what a coach times is
 * the running itself, not single knee lifts. Running starts with the first knee lift (a thigh
 * raised past `kneeLiftDeg`) and goes on while lifts follow one another, each within
 * `landedGraceMs` of the last (both feet down between two strides); once it has gone on for
 * `strideWindowMs`, both legs must have lifted within that window: standing on one leg with a knee
 * up is not running. Standing still or shuffling never lifts a knee that far. Thighs are measured
 * in 3-D from the world landmarks, so a knee lifted toward a camera in front counts as well as one
 * seen side-on.
 */
export const runningOnTheSpotChecker = defineChecker({
  kind: 'running-on-the-spot',
  mode: 'hold',
  view: 'any',
  needs: ['shoulders', 'hips', 'knees'],
  faults: [],
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    maxLeanDeg: z.number().min(0).max(90),
    /** A thigh raised at least this far from hanging is a knee lift (a walking step stays below). */
    kneeLiftDeg: z.number().min(0).max(180),
    /** After this long, both legs must have lifted within it: their turns make it running. */
    strideWindowMs: z.number().positive(),
    /** Running goes on this long after the last lift: both feet down between two strides. */
    landedGraceMs: z.number().nonnegative(),
  }),
  create(params) {
    const lastLiftMs: Record<Side, number> = { left: -Infinity, right: -Infinity };
    let runStartMs = -Infinity;
    const cameBack = createAwayFromPosition(params.holdExitMs);
    const forget = () => {
      lastLiftMs.left = -Infinity;
      lastLiftMs.right = -Infinity;
      runStartMs = -Infinity;
    };
    return (body) => {
      const t = body.timestampMs;
      // Lifts seen before the person was away (out of sight, or not upright) are not this run's
      // strides.
      const upright = standsUpright(body, params.maxLeanDeg);
      if (cameBack(t, upright)) forget();
      if (!upright) return { inPosition: false, faults: [] };
      const wasGoing = Math.max(lastLiftMs.left, lastLiftMs.right) >= t - params.landedGraceMs;
      const lifts = thighLifts(body);
      for (const side of ['left', 'right'] as const) {
        if (lifts[side] >= params.kneeLiftDeg) lastLiftMs[side] = t;
      }
      const going = Math.max(lastLiftMs.left, lastLiftMs.right) >= t - params.landedGraceMs;
      if (going && !wasGoing) runStartMs = t;
      const bothLegs = Math.min(lastLiftMs.left, lastLiftMs.right) >= t - params.strideWindowMs;
      const starting = t - runStartMs <= params.strideWindowMs;
      return { inPosition: going && (bothLegs || starting), faults: [] };
    };
  },
});
