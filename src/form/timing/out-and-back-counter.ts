import { createOwnRange } from './own-range';
import type { RepCounter, RepCounterOptions, RepEnd } from './rep-counter';
import { createRepTally } from './rep-tally';

/**
 * Counts out-and-back repetitions (a bridge, a bird-dog reach) from the person's own movement: a
 * rep rises from where they rest, reaches a top they hold for `minTopMs`, and is counted as they
 * leave the top (so a hold at the top is part of the rep). A set that ends on the way down,
 * before the leave level, keeps that rep as `cutOffRep()`.
 *
 * - Rest is wherever the person rests: the lowest point since the last rep, reached by coming down
 *   or held still for `minTopMs` (or anything at or below the textbook `exit`). A rest that drifts (a mat that
 *   compresses, the hips settling higher after the first rep) is followed.
 * - The top must be at least the person's own required travel above that rest (own-range.ts): half
 *   their usual range, so that a movement turning back before the midpoint is a half rep and is not
 *   counted, and never less than half the textbook span; or, as the textbook has it, from the
 *   textbook rest (`exit`) to the textbook top (`enter`). It must leave the textbook rest zone
 *   (above `exit`): shifting about at rest is never a rep.
 * - A top below the textbook `enter` still counts, and the rep says it fell short of the top
 *   (`short: ['high']`), for a range fault such as "lift your hips higher".
 * - Starting at the top without coming from rest (a cut into a video mid-rep) is not a rep; a
 *   stream that starts in the lower half of the textbook range and climbs into the top is (the
 *   person was found on the way up: at least half a textbook rep is seen).
 * - A half rep (at least half the textbook span from rest, more than any fidget, but turning back
 *   before the person's own midpoint) is not counted either; it is reported as it comes back to
 *   rest (`turnedBackShort`), so that the coach can say "lift your hips higher" instead of nothing.
 */
export function createOutAndBackCounter(options: RepCounterOptions): RepCounter {
  const span = options.enter - options.exit;
  // Tracking jitter: a turn smaller than this is not the movement changing direction.
  const noise = span / 4;
  const ownRange = createOwnRange(span);
  const tally = createRepTally();
  // The lowest point since the last rep (or the start), and whether the signal has turned up from
  // it (then it is a rest the next rep rises from).
  let low = Number.NaN;
  let restSeen = false;
  // The highest point since the start (or the last rep), and the highest before the current low: a
  // low reached by coming down is a rest seen; a stream that starts low and rises has not shown
  // where it rested.
  let highest = Number.NaN;
  let ceiling = Number.NaN;
  // Since when the signal has stayed near its low: a rest held still is a rest seen too.
  let lowAnchor = Number.NaN;
  let nearLowSinceMs = 0;
  // The highest point since leaving rest, and since when the signal has stayed at the top.
  let peak = Number.NaN;
  let nearPeakSinceMs: number | null = null;
  let nearPeakFrom = Number.NaN;
  let topReached = false;
  // When the signal first dropped below the leave level, still to be confirmed by the next frame.
  let leftAtMs: number | null = null;
  let atRest = false;
  let lastMovement = Number.NaN;
  let turnedBackShort = false;
  let lastT = Number.NaN;

  const topBand = () => Math.max(noise, (peak - low) / 4);
  /** The top: the textbook top, or within a quarter of their range of their peak if lower. */
  const topLevel = () => Math.min(options.enter, peak - topBand());
  /**
   * Below this the person has left the top (a hold that sags a little is still held), but never
   * below the midpoint of the rep: a rest that sits high must not keep the rep at its top for ever.
   * From the textbook rest, the textbook top is a top even below the midpoint (a rest deeper than
   * the textbook's puts the midpoint above it), as a textbook rep always counts.
   */
  const leaveLevel = () => {
    const ownTop = Math.max((peak + low) / 2, topLevel());
    return low <= options.exit ? Math.min(options.enter, ownTop) : ownTop;
  };

  function restart(value: number) {
    low = value;
    peak = Number.NaN;
    nearPeakSinceMs = null;
    topReached = false;
    leftAtMs = null;
  }

  function abort() {
    low = Number.NaN;
    restSeen = false;
    highest = Number.NaN;
    ceiling = Number.NaN;
    lowAnchor = Number.NaN;
    peak = Number.NaN;
    nearPeakSinceMs = null;
    topReached = false;
    leftAtMs = null;
    atRest = false;
    tally.drop();
  }

  return {
    update(movement, t, side) {
      turnedBackShort = false;
      if (!Number.isFinite(movement)) return null;
      lastMovement = movement;
      lastT = t;
      if (!topReached && !(movement <= highest)) highest = movement;
      if (!topReached && (Number.isNaN(low) || movement <= low)) {
        // A stream that begins in the lower half of the textbook range (tracking that finds the
        // person on the way up) rises from there: the rest is not seen, but at least half a
        // textbook rep is. Begun higher, it may be the end of a half rep (a cut into a tutorial
        // mid-rise): not a rep. Measured range: a start from 0.13 to 0.65 of the span above `exit`
        // keeps every evaluation clip and the drifting forward bend's hold (found at 0.13).
        if (Number.isNaN(low) && movement <= (options.enter + options.exit) / 2) restSeen = true;
        // Still going down (or the first frame): this is where the next rep will rise from.
        restart(movement);
        ceiling = highest;
        if (!(movement >= lowAnchor - noise)) {
          lowAnchor = movement;
          nearLowSinceMs = t;
        }
        tally.drop();
        if (movement <= options.exit) restSeen = true;
        atRest = restSeen;
        return null;
      }
      const settled = t - nearLowSinceMs >= options.minTopMs;
      if (movement < low + noise && settled) restSeen = true;
      if (movement >= low + noise && ceiling - low >= noise) restSeen = true;
      atRest = restSeen && movement < low + noise;
      if (!restSeen) return null;
      const travel = peak - low;
      if (atRest && !topReached && travel >= span / 2 && travel < ownRange.requiredTravel) {
        // Back at rest from a movement short of the midpoint of their range: a half rep.
        turnedBackShort = true;
        peak = Number.NaN;
        nearPeakSinceMs = null;
        tally.drop();
      }
      if (movement > low + noise) tally.start(t);
      if (Number.isNaN(peak) || movement > peak) peak = movement;
      if (movement >= leaveLevel()) {
        leftAtMs = null;
        // A dwell that began below today's top (the signal was still rising) starts again here.
        if (nearPeakSinceMs === null || nearPeakFrom < topLevel()) {
          nearPeakSinceMs = t;
          nearPeakFrom = movement;
        }
      } else {
        // Left the top: a rep if the top was reached, else a movement that turned back short.
        nearPeakSinceMs = null;
        // Left for two frames in a row: one frame below is a glitch of the model (a raised limb
        // lost for a frame) that would end one rep and start another. The rep is counted as of
        // the first.
        const leftFirst = leftAtMs === null;
        leftAtMs ??= t;
        if (topReached && !leftFirst) {
          ownRange.learn(peak - low);
          const short: RepEnd[] = peak < options.enter ? ['high'] : [];
          const done = tally.complete(leftAtMs, short);
          restSeen = false;
          highest = peak;
          restart(movement);
          return done;
        }
      }
      if (
        !topReached &&
        nearPeakSinceMs !== null &&
        t - nearPeakSinceMs >= options.minTopMs &&
        peak > options.exit &&
        (peak - low >= ownRange.requiredTravel || (peak >= options.enter && low <= options.exit))
      ) {
        topReached = true;
      }
      if (topReached) tally.side(side);
      return null;
    },
    abort,
    cutOffRep() {
      // Left its own top (more than the top's band below the peak): on the way down, not holding.
      if (!topReached || !(lastMovement < peak - topBand())) return null;
      return tally.preview(lastT, peak < options.enter ? ['high'] : []);
    },
    get reps() {
      return tally.reps;
    },
    get repsBySide() {
      return tally.repsBySide;
    },
    get at(): RepEnd | null {
      return topReached && lastMovement >= topLevel() ? 'high' : atRest ? 'low' : null;
    },
    get inRep() {
      return tally.startedAtMs !== null;
    },
    get repStartedAtMs() {
      return tally.startedAtMs;
    },
    get turnedBackShort() {
      return turnedBackShort;
    },
    reset() {
      abort();
      ownRange.reset();
      tally.reset();
    },
  };
}
