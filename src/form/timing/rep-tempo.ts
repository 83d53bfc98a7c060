export interface RepTempoOptions {
  /** The prescribed seconds for one rep, holds included. */
  secondsPerRep: number;
  /** Seconds of that spent held at the ends (0 when the dose prescribes no hold). */
  heldSecondsPerRep: number;
  /** A cycle shorter than this share of the prescribed one is rushed. */
  tooFastShare: number;
}

export interface RepCycle {
  /** The cycle's length, and the part of it spent moving (outside the ends), in ms. */
  cycleMs: number;
  movingMs: number;
  tooFast: boolean;
}

export interface RepTempo {
  /**
   * A rep was completed at `timestampMs`; `msAtEnds` is the running total of time spent at the
   * ends of the movement. Returns the cycle since the previous rep, or null for a first rep.
   */
  repCompleted(timestampMs: number, msAtEnds: number): RepCycle | null;
  /** The movement was interrupted (out of position, a camera cut): the next rep starts afresh. */
  reset(): void;
}

/**
 * Whether repetitions come faster than the exercise's prescribed tempo (`dose.secondsPerRep`).
 *
 * A rep's cycle is the time from the previous rep's completion to this one's: a full cycle in every
 * rep style (out-and-back: leaving the top to leaving it again; two-ended: one end to the same end
 * again; excursion: one end of range to the next, the way "turn left, turn right" is paced). The
 * first rep after a break has no cycle and is never judged; pauses between reps only lengthen a
 * cycle, so they can never make one look rushed.
 *
 * Where the dose also prescribes a hold at the ends (a cat-cow: 25 s a rep, of which 10 s held as
 * the cat and 10 s as the cow), a hold cut short is not rushed movement: the time spent at the ends
 * is taken out of the cycle and the prescribed holds out of the tempo, and the movement between them
 * is compared.
 */
export function createRepTempo(options: RepTempoOptions): RepTempo {
  const movingMsAllowed =
    1000 * options.tooFastShare * Math.max(0, options.secondsPerRep - options.heldSecondsPerRep);
  const judgeMoving = options.heldSecondsPerRep > 0;
  let last: { atMs: number; msAtEnds: number } | null = null;
  return {
    repCompleted(timestampMs, msAtEnds) {
      const previous = last;
      last = { atMs: timestampMs, msAtEnds };
      if (!previous) return null;
      const cycleMs = timestampMs - previous.atMs;
      const movingMs = Math.max(0, cycleMs - (msAtEnds - previous.msAtEnds));
      const tooFast = judgeMoving
        ? movingMs < movingMsAllowed
        : cycleMs < 1000 * options.tooFastShare * options.secondsPerRep;
      return { cycleMs, movingMs, tooFast };
    },
    reset() {
      last = null;
    },
  };
}
