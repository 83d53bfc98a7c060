/** Hysteresis of a hold: how long the position must last to start the clock, and be lost to stop it. */
export interface HoldTimerOptions {
  /** In position this long, continuously, before the hold starts (then counted from its start). */
  enterMs: number;
  /** Out of position this long before the hold pauses (shorter dips are counted as held). */
  exitMs: number;
  /**
   * Unseen this long (no frame judged at all) before the hold pauses: at least `exitMs`, which it
   * is when not given.
   */
  unseenMs?: number;
}

export type HoldTimerEvent =
  { type: 'started'; atMs: number } | { type: 'paused'; atMs: number; seconds: number };

export interface HoldTimer {
  /**
   * Feed one frame (`inPosition` null: the person was not seen in it); returns the event this frame
   * caused, if any.
   */
  update(inPosition: boolean | null, timestampMs: number): HoldTimerEvent | null;
  /**
   * What is seen now is a new observation (a camera cut, another person): the bout ends at the
   * last frame in position, nothing since then is counted, and the position must be held
   * `enterMs` again before the clock resumes. Returns the pause, if a hold was running.
   */
  interrupt(): Extract<HoldTimerEvent, { type: 'paused' }> | null;
  /**
   * The seconds held if these frames came next, leaving the timer as it is (what a set that ends
   * now would count of frames still waiting for their verdict).
   */
  secondsAfter(frames: readonly { t: number; held: boolean | null }[]): number;
  /** Seconds held so far, over every bout. */
  readonly seconds: number;
  readonly holding: boolean;
  reset(): void;
}

/**
 * Counts only the time spent in a position. One noisy frame neither starts the clock (entry needs
 * `enterMs` in position) nor stops it (exit needs `exitMs` out of position; a shorter dip is
 * counted as held). A gap in the frames longer than `unseenMs` (the person or the camera gone) is
 * never counted.
 *
 * A frame in which the person was not seen is no verdict: the model misses a person now and then
 * (against a bright window, on a fifth to a third of the frames), and a missed frame that broke
 * the entry would keep the clock from ever starting (a child's pose with a fifth of its frames
 * missed timed 0 of 10.4 s). Entry and hold go on across such frames until the person has been
 * unseen for `unseenMs`; seen out of position, `exitMs` applies as before.
 */
export function createHoldTimer(options: HoldTimerOptions): HoldTimer {
  let totalMs = 0;
  let holding = false;
  let candidateSinceMs: number | null = null;
  let lastCandidateMs = 0;
  let lastInPositionMs = 0;
  // Seen out of position since the last frame in position: the exit time applies, not the unseen one.
  let seenOut = false;
  const unseenMs = Math.max(options.exitMs, options.unseenMs ?? 0);

  function update(inPosition: boolean | null, t: number): HoldTimerEvent | null {
    if (holding) {
      const sinceLast = t - lastInPositionMs;
      if (inPosition === false) seenOut = true;
      const limit = seenOut ? options.exitMs : unseenMs;
      if (inPosition && sinceLast <= limit) {
        totalMs += sinceLast;
        lastInPositionMs = t;
        seenOut = false;
        return null;
      }
      if (inPosition || sinceLast >= limit) {
        seenOut = false;
        holding = false;
        candidateSinceMs = inPosition ? t : null;
        lastCandidateMs = t;
        return { type: 'paused', atMs: lastInPositionMs, seconds: totalMs / 1000 };
      }
      return null;
    }
    // Unseen too long, or time went back: the entry starts again.
    const gap = t - lastCandidateMs;
    if (candidateSinceMs !== null && (gap >= unseenMs || gap < 0)) candidateSinceMs = null;
    if (inPosition === null) return null;
    if (!inPosition) {
      candidateSinceMs = null;
      return null;
    }
    candidateSinceMs ??= t;
    lastCandidateMs = t;
    if (t - candidateSinceMs < options.enterMs) return null;
    holding = true;
    seenOut = false;
    totalMs += t - candidateSinceMs;
    lastInPositionMs = t;
    const startedAt = candidateSinceMs;
    candidateSinceMs = null;
    return { type: 'started', atMs: startedAt };
  }

  function interrupt(): Extract<HoldTimerEvent, { type: 'paused' }> | null {
    candidateSinceMs = null;
    if (!holding) return null;
    holding = false;
    return { type: 'paused', atMs: lastInPositionMs, seconds: totalMs / 1000 };
  }

  function secondsAfter(frames: readonly { t: number; held: boolean | null }[]): number {
    const saved = {
      totalMs,
      holding,
      candidateSinceMs,
      lastCandidateMs,
      lastInPositionMs,
      seenOut,
    };
    for (const frame of frames) update(frame.held, frame.t);
    const seconds = totalMs / 1000;
    ({ totalMs, holding, candidateSinceMs, lastCandidateMs, lastInPositionMs, seenOut } = saved);
    return seconds;
  }

  return {
    update,
    interrupt,
    secondsAfter,
    get seconds() {
      return totalMs / 1000;
    },
    get holding() {
      return holding;
    },
    reset() {
      totalMs = 0;
      holding = false;
      candidateSinceMs = null;
      lastCandidateMs = 0;
      lastInPositionMs = 0;
      seenOut = false;
    },
  };
}
