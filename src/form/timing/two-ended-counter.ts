import { createOwnRange } from './own-range';
import type { Side } from '../types';
import type { CompletedRep, RepCounter, RepCounterOptions, RepEnd } from './rep-counter';
import { createRepTally } from './rep-tally';

/**
 * Counts two-ended cycles (cat and cow) from the person's own movement: the signal swings between
 * a high end and a low end, each held `minTopMs`; visiting both ends, in either order, is one rep.
 *
 * - An end is where a swing stays near its furthest point for `minTopMs`: confirmed as the swing
 *   turns back from it, or while the person holds still there; or, as the textbook has it, the
 *   signal beyond an end's threshold for `minTopMs`.
 * - A swing to the other end must travel the person's own required distance from the last end
 *   (own-range.ts: half their usual swing, never less than half the textbook span), so a swing that
 *   turns back before the midpoint of their range is a half cycle and not an end. A person whose
 *   arch is shallow still completes cycles; the rep names the ends that did not reach the textbook
 *   thresholds (`short`), for a range fault such as "arch your back further".
 * - With no end seen yet (the start, or after abort()), an end must be past its textbook threshold
 *   (`enter` for the high end, `exit` for the low one) or a full textbook span from where the
 *   signal started: settling in a neutral position is not an end.
 */
/** Samples kept of a swing: enough for any end's dwell (a long hold need not be kept whole). */
const MAX_SWING_SAMPLES = 300;

export function createTwoEndedCounter(options: RepCounterOptions): RepCounter {
  const span = options.enter - options.exit;
  // Tracking jitter: a turn smaller than this is not the movement changing direction.
  const noise = span / 4;
  const ownRange = createOwnRange(span, { standIns: true });
  const tally = createRepTally();
  // The last confirmed end and its level; the ends visited in the rep under way.
  let lastEnd: { end: RepEnd; level: number } | null = null;
  let visited: { end: RepEnd; level: number }[] = [];
  let at: RepEnd | null = null;
  // The swing under way: where the observation started, the swing's direction once clear, its
  // furthest point, and its samples (to measure how long it stayed near that point).
  let first = Number.NaN;
  let heading: RepEnd | null = null;
  let extreme = Number.NaN;
  let swing: { t: number; x: number }[] = [];
  // The textbook end the signal is beyond, since when, and how far it went there.
  let beyond: RepEnd | null = null;
  let beyondSinceMs = 0;
  let beyondLevel = Number.NaN;
  let lastT = 0;

  function abort() {
    lastEnd = null;
    visited = [];
    at = null;
    first = Number.NaN;
    heading = null;
    extreme = Number.NaN;
    swing = [];
    beyond = null;
    tally.drop();
  }

  /** Follows the textbook ends: the signal past `enter` or `exit`, for how long and how far. */
  function followTextbook(movement: number, t: number): RepEnd | null {
    const now: RepEnd | null =
      movement >= options.enter ? 'high' : movement <= options.exit ? 'low' : null;
    if (now !== beyond) {
      beyond = now;
      beyondSinceMs = t;
      beyondLevel = movement;
    } else if (now) {
      beyondLevel =
        now === 'high' ? Math.max(beyondLevel, movement) : Math.min(beyondLevel, movement);
    }
    return beyond && at !== beyond && t - beyondSinceMs >= options.minTopMs ? beyond : null;
  }

  /** How long the swing's samples up to `upTo` have stayed within `band` of its furthest point. */
  function dwellMs(band: number, upTo: number): number {
    let since = swing[upTo]?.t ?? 0;
    for (let i = upTo; i >= 0 && Math.abs(swing[i]!.x - extreme) <= band; i--) since = swing[i]!.t;
    return (swing[upTo]?.t ?? since) - since;
  }

  const pastTextbook = (end: RepEnd, level: number) =>
    end === 'high' ? level >= options.enter : level <= options.exit;

  function endReached(end: RepEnd, level: number): boolean {
    if (lastEnd && lastEnd.end !== end) {
      return Math.abs(level - lastEnd.level) >= ownRange.requiredTravel;
    }
    if (lastEnd) return true; // the same end again
    return pastTextbook(end, level) || Math.abs(level - first) >= span;
  }

  function confirm(end: RepEnd, level: number, t: number, side?: Side): CompletedRep | null {
    if (!endReached(end, level)) return null;
    at = end;
    if (end === 'high') tally.side(side);
    if (lastEnd?.end === end) {
      // The same end again (after a half swing back, or seen by another rule): not a new visit.
      const further =
        end === 'high' ? Math.max(level, lastEnd.level) : Math.min(level, lastEnd.level);
      lastEnd = { end, level: further };
      visited = visited.map((v) => (v.end === end ? { end, level: further } : v));
      return null;
    }
    if (lastEnd) ownRange.learn(Math.abs(level - lastEnd.level));
    lastEnd = { end, level };
    if (visited.length === 0) tally.start(t);
    visited = [...visited.filter((v) => v.end !== end), { end, level }];
    if (visited.length < 2) return null;
    const short = visited.filter((v) => !pastTextbook(v.end, v.level)).map((v) => v.end);
    visited = [];
    return tally.complete(t, short);
  }

  return {
    update(movement, t, side) {
      if (!Number.isFinite(movement)) return null;
      lastT = t;
      if (Number.isNaN(first)) {
        first = extreme = movement;
        // Starting past a textbook end: that end, if the person stays there.
        heading = movement >= options.enter ? 'high' : movement <= options.exit ? 'low' : null;
      }
      swing = [...swing.slice(-MAX_SWING_SAMPLES), { t, x: movement }];
      const textbookEnd = followTextbook(movement, t);
      if (textbookEnd) {
        const rep = confirm(textbookEnd, beyondLevel, t, side);
        if (rep || at === textbookEnd) return rep;
      }
      if (heading === null) {
        if (Math.abs(movement - first) < noise) return null;
        heading = movement > first ? 'high' : 'low';
        extreme = movement;
        swing = [{ t, x: movement }];
      }
      const further = heading === 'high' ? movement > extreme : movement < extreme;
      if (further) {
        extreme = movement;
      } else if (Math.abs(movement - extreme) >= noise) {
        // Turned back: the end just left counts if the swing stayed near it long enough.
        const stayed = dwellMs(noise, swing.length - 2) >= options.minTopMs;
        const rep = at !== heading && stayed ? confirm(heading, extreme, t, side) : null;
        heading = heading === 'high' ? 'low' : 'high';
        at = null;
        extreme = movement;
        swing = [{ t, x: movement }];
        return rep;
      }
      if (at === heading) {
        // Still at the end reached: it may go a little further, which is how far this end went.
        const level = extreme;
        visited = visited.map((v) => (v.end === heading ? { ...v, level } : v));
        if (lastEnd?.end === heading) lastEnd = { end: heading, level };
        if (at === 'high') tally.side(side);
        return null;
      }
      // Holding still at the end: it counts without waiting for the turn.
      if (dwellMs(noise / 2, swing.length - 1) >= options.minTopMs) {
        return confirm(heading, extreme, t, side);
      }
      return null;
    },
    abort,
    // A rep is complete as its second end is reached: nothing is left cut off.
    cutOffRep: () => null,
    get reps() {
      return tally.reps;
    },
    get repsBySide() {
      return tally.repsBySide;
    },
    get at(): RepEnd | null {
      // Held past a textbook end, as the textbook counts time at the ends (it paces the reps); an
      // end of the person's own that falls short of the textbook, while near it.
      if (beyond && lastT - beyondSinceMs >= options.minTopMs) return beyond;
      return at && lastEnd && !pastTextbook(lastEnd.end, lastEnd.level) ? at : null;
    },
    get inRep() {
      return tally.startedAtMs !== null;
    },
    get repStartedAtMs() {
      return tally.startedAtMs;
    },
    reset() {
      abort();
      ownRange.reset();
      tally.reset();
    },
  };
}
