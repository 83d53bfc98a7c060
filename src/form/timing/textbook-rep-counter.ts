import type { Side } from '../types';
import { createOwnRange } from './own-range';
import type { CompletedRep, RepCounter, RepCounterOptions, RepEnd } from './rep-counter';

/**
 * Counts repetitions against fixed thresholds, the content file's textbook top and rest, for the
 * styles and checkers whose signal has an absolute meaning (a neck turn's end of range; a circle's
 * sweep, where a full turn is a full turn whoever makes it):
 * - 'out-and-back': from rest (signal <= exit) up to the top (signal >= enter, held minTopMs) is one
 *   rep, counted as the person leaves the top; turning back before the top is a half rep, and
 *   starting at the top without coming from rest is not a rep either.
 * - 'two-ended': the signal swings between two ends (signal >= enter, held minTopMs; signal <= exit,
 *   held minTopMs); reaching both ends, in either order, is one rep.
 * - 'excursion': each excursion from rest to the end of range is one rep, counted as the end is
 *   reached (the top held minTopMs), the way a therapist counts "turn left, turn right": a neck
 *   turn or tilt. A turn that stops short of the top counts as it comes back to rest, named short,
 *   when it passes the midpoint of the person's own range (see followExcursion); short of that it
 *   is a half rep (`turnedBackShort`). Dwelling at the top counts once, and the next rep needs a
 *   return to rest first. At the start of observation (the first frames, or after abort())
 *   the rest before it was not seen; the arrival at the end is what makes
 *   this rep, so a signal seen rising from below the top into it counts, and so does one first
 *   seen at the top that goes on rising by more than tracking jitter (a quarter of the span between
 *   rest and top) before it comes back: the head was still on its way there. A stream that starts
 *   at the top and stays or comes back (a cut into a video mid-turn, held) does not count.
 */
export function createTextbookRepCounter(options: RepCounterOptions): RepCounter {
  let reps = 0;
  let repsBySide: Record<Side, number> = { left: 0, right: 0 };
  // The end the signal is beyond right now (unconfirmed), since when, and whether confirmed.
  let beyond: RepEnd | null = null;
  let beyondSinceMs = 0;
  let at: RepEnd | null = null;
  // out-and-back and excursion: rest has been seen (so a rep can start); the top was reached in
  // this rep (out-and-back only: an excursion is complete there).
  let restSeen = false;
  let topReached = false;
  // No measurable frame yet since the start or an abort: where the movement began is unknown.
  let observationStart = true;
  // Excursion: the signal of the first frame when it was already at the top (NaN otherwise, or once
  // it has come back below the top); rising clearly beyond it shows the arrival.
  let firstAtTop = Number.NaN;
  const jitter = (options.enter - options.exit) / 4;
  // two-ended: the ends visited in the rep under way.
  let visited = new Set<RepEnd>();
  let repStartedAtMs: number | null = null;
  let repSide: Side | undefined;
  // Excursion: the furthest the signal has gone since it last left rest (and to which side), and
  // whether that excursion was counted; whether it was seen leaving rest.
  let excursionPeak = Number.NaN;
  let excursionSide: Side | undefined;
  let excursionCounted = false;
  let excursionFromRest = false;
  // When the excursion was first and last clearly out of the rest zone: a clear stretch shorter
  // than minTopMs is a spike of the tracking, not a tilt.
  let clearFromMs = Number.NaN;
  let clearToMs = Number.NaN;
  let restFrameSeen = false;
  let turnedBackShort = false;
  // Excursions are measured from 0 (the head straight): the person's own range is how far their
  // excursions go, the textbook top standing in until they are known.
  const ownRange = createOwnRange(options.enter);

  function endOf(movement: number): RepEnd | null {
    if (movement >= options.enter) return 'high';
    if (movement <= options.exit) return 'low';
    return null;
  }

  function complete(t: number, short: readonly RepEnd[] = []): CompletedRep {
    reps++;
    if (repSide) repsBySide = { ...repsBySide, [repSide]: repsBySide[repSide] + 1 };
    const startedAtMs = repStartedAtMs ?? t;
    const done: CompletedRep = {
      rep: reps,
      startedAtMs,
      atMs: t,
      durationMs: t - startedAtMs,
      ...(repSide ? { side: repSide } : {}),
      ...(short.length > 0 ? { short: [...short] } : {}),
    };
    repStartedAtMs = null;
    repSide = undefined;
    return done;
  }

  /** Between reps: at rest a new rep may start; on the way up from rest, it has started. */
  function followRest(t: number): null {
    if (at === 'low') {
      restSeen = true;
      repStartedAtMs = null;
      repSide = undefined;
    } else if (restSeen) {
      repStartedAtMs ??= t;
    }
    return null;
  }

  function updateOutAndBack(movement: number, t: number): CompletedRep | null {
    if (restSeen && at === 'high') topReached = true;
    if (topReached && movement < options.enter) {
      // Leaving the top: the rep is done; the next one must start from rest again.
      const done = complete(t);
      restSeen = at === 'low';
      topReached = false;
      return done;
    }
    return followRest(t);
  }

  /**
   * Excursion: back at rest (at or below `exit`) from one that left the rest zone clearly (a
   * quarter of the span past `exit`, more than jitter) but was not counted at the top: it stopped
   * short of it, or touched it too briefly. Seen leaving rest, clearly out of it for minTopMs (one
   * frame out is a spike of the tracking), past the midpoint of the person's own range (half their
   * usual excursion, the textbook top standing in) and never short of the textbook range's
   * midpoint (half a textbook rep, as out-and-back reps need), it is a rep short of the top,
   * counted now and named ("tilt a little further"): a person whose neck moves less than the
   * textbook's range still has every tilt counted. Short of that it is a half rep: not counted,
   * and named the same way.
   *
   * What it costs: the head-pose estimate turns with a tilt. On the tilt clip the turn angle reads
   * 22-28 degrees at each tilt, short of the turns' 30 but past their midpoint of 21, so the
   * neck-turns checker run on it counts 6 short turns (0 before).
   */
  function followExcursion(movement: number, t: number, side?: Side): CompletedRep | null {
    if (!Number.isFinite(movement)) return null;
    if (movement > options.exit) {
      if (Number.isNaN(excursionPeak)) excursionFromRest = restFrameSeen;
      if (Number.isNaN(excursionPeak) || movement > excursionPeak) {
        excursionPeak = movement;
        excursionSide = side ?? excursionSide;
      }
      if (movement >= options.exit + jitter) {
        if (Number.isNaN(clearFromMs)) clearFromMs = t;
        clearToMs = t;
      }
      return null;
    }
    restFrameSeen = true;
    const clear = !excursionCounted && excursionPeak >= options.exit + jitter;
    const shortRep =
      clear &&
      excursionFromRest &&
      clearToMs - clearFromMs >= options.minTopMs &&
      excursionPeak >= Math.max(ownRange.requiredTravel, (options.enter + options.exit) / 2);
    turnedBackShort = clear && !shortRep;
    if (excursionCounted || shortRep) ownRange.learn(excursionPeak);
    let done: CompletedRep | null = null;
    if (shortRep) {
      repSide = excursionSide;
      done = complete(t, ['high']);
    }
    excursionPeak = Number.NaN;
    excursionSide = undefined;
    excursionCounted = false;
    clearFromMs = clearToMs = Number.NaN;
    return done;
  }

  function updateExcursion(movement: number, t: number, side?: Side): CompletedRep | null {
    const short = followExcursion(movement, t, side);
    if (short) return short;
    // Starting below the top, the arrival at the top is seen: enough for an excursion. Starting at
    // the top, so is a signal that goes on rising clearly past where it was first seen.
    if (observationStart) {
      if (movement < options.enter) restSeen = true;
      else firstAtTop = movement;
    } else if (movement < options.enter) {
      firstAtTop = Number.NaN;
    } else if (movement > firstAtTop + jitter) {
      restSeen = true;
      firstAtTop = Number.NaN;
    }
    if (restSeen && at === 'high') {
      // The end of range reached: the rep is done; the next one must come back to rest first.
      restSeen = false;
      excursionCounted = true;
      return complete(t);
    }
    // Starting at the top, uncounted: not a half rep either (the rest before it was not seen).
    if (at === 'high') excursionCounted = true;
    return followRest(t);
  }

  function updateTwoEnded(confirmedNow: RepEnd | null, t: number): CompletedRep | null {
    if (!confirmedNow) return null;
    if (visited.size === 0) repStartedAtMs = beyondSinceMs;
    visited.add(confirmedNow);
    if (visited.size < 2) return null;
    visited = new Set();
    return complete(t);
  }

  return {
    update(movement, t, side) {
      turnedBackShort = false;
      const end = Number.isFinite(movement) ? endOf(movement) : null;
      if (end !== beyond) {
        beyond = end;
        beyondSinceMs = t;
        at = null;
      }
      // An end is confirmed once it has lasted; rest needs no wait unless it is an end of its own.
      let confirmedNow: RepEnd | null = null;
      const wait = options.style !== 'two-ended' && end === 'low' ? 0 : options.minTopMs;
      if (end && at !== end && t - beyondSinceMs >= wait) {
        at = end;
        confirmedNow = end;
      }
      if (at === 'high' && side) repSide ??= side;
      const rep =
        options.style === 'out-and-back'
          ? updateOutAndBack(movement, t)
          : options.style === 'excursion'
            ? updateExcursion(movement, t, side)
            : updateTwoEnded(confirmedNow, t);
      if (Number.isFinite(movement)) observationStart = false;
      return rep;
    },
    // An excursion counts as its end is reached; textbook out-and-back reps (a circle's sweep) are
    // not followed past their count.
    cutOffRep: () => null,
    abort() {
      observationStart = true;
      firstAtTop = Number.NaN;
      excursionPeak = Number.NaN;
      excursionSide = undefined;
      excursionCounted = false;
      excursionFromRest = false;
      clearFromMs = clearToMs = Number.NaN;
      restFrameSeen = false;
      restSeen = false;
      topReached = false;
      visited = new Set();
      repStartedAtMs = null;
      repSide = undefined;
      beyond = null;
      at = null;
    },
    get reps() {
      return reps;
    },
    get repsBySide() {
      return repsBySide;
    },
    get at() {
      return at;
    },
    get inRep() {
      return repStartedAtMs !== null;
    },
    get repStartedAtMs() {
      return repStartedAtMs;
    },
    get turnedBackShort() {
      return turnedBackShort;
    },
    reset() {
      this.abort();
      ownRange.reset();
      reps = 0;
      repsBySide = { left: 0, right: 0 };
    },
  };
}
