/** Hysteresis of a hold: how long the position must last to start the clock, and be lost to stop it. */
export interface HoldTimerOptions {
  /** In position this long, continuously, before the hold starts (then counted from its start). */
  enterMs: number;
  /** Out of position this long before the hold pauses (shorter dips are counted as held). */
  exitMs: number;
}

export type HoldTimerEvent =
  { type: 'started'; atMs: number } | { type: 'paused'; atMs: number; seconds: number };

export interface HoldTimer {
  /** Feed one frame; returns the event this frame caused, if any. */
  update(inPosition: boolean, timestampMs: number): HoldTimerEvent | null;
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
  secondsAfter(frames: readonly { t: number; held: boolean }[]): number;
  /** Seconds held so far, over every bout. */
  readonly seconds: number;
  readonly holding: boolean;
  reset(): void;
}

/**
 * Counts only the time spent in a position. One noisy frame neither starts the clock (entry needs
 * `enterMs` in position) nor stops it (exit needs `exitMs` out of position; a shorter dip is
 * counted as held). A gap in the frames longer than `exitMs` (the person or the camera gone) is
 * never counted.
 */
export function createHoldTimer(options: HoldTimerOptions): HoldTimer {
  let totalMs = 0;
  let holding = false;
  let candidateSinceMs: number | null = null;
  let lastInPositionMs = 0;

  function update(inPosition: boolean, t: number): HoldTimerEvent | null {
    if (holding) {
      const sinceLast = t - lastInPositionMs;
      if (inPosition && sinceLast <= options.exitMs) {
        totalMs += sinceLast;
        lastInPositionMs = t;
        return null;
      }
      if (inPosition || sinceLast >= options.exitMs) {
        holding = false;
        candidateSinceMs = inPosition ? t : null;
        return { type: 'paused', atMs: lastInPositionMs, seconds: totalMs / 1000 };
      }
      return null;
    }
    if (!inPosition) {
      candidateSinceMs = null;
      return null;
    }
    candidateSinceMs ??= t;
    if (t - candidateSinceMs < options.enterMs) return null;
    holding = true;
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

  function secondsAfter(frames: readonly { t: number; held: boolean }[]): number {
    const saved = { totalMs, holding, candidateSinceMs, lastInPositionMs };
    for (const frame of frames) update(frame.held, frame.t);
    const seconds = totalMs / 1000;
    ({ totalMs, holding, candidateSinceMs, lastInPositionMs } = saved);
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
      lastInPositionMs = 0;
    },
  };
}
