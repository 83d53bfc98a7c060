/** When a cue may be spoken. */
export interface CueTiming {
  /** A problem must last this long before it is spoken (a passing wobble is not). */
  minLastingMs: number;
  /** The same cue is not repeated sooner than this. */
  repeatAfterMs: number;
  /** No two cues closer than this, whatever they say. */
  minGapMs: number;
  /** A cued problem gone this long earns a short "good" (0 = never say good). */
  goodAfterMs: number;
}

export type CueDecision = { type: 'cue'; id: string } | { type: 'good' };

export interface CueScheduler {
  /**
   * Feed the problems present in this frame, most important first; returns what to say now, if
   * anything. `judging` false (nobody in position) holds back the "good".
   */
  update(present: readonly string[], timestampMs: number, judging?: boolean): CueDecision | null;
  reset(): void;
}

/**
 * Debounces and prioritises spoken cues: one problem at a time (the most important one present),
 * only once it has lasted, never the same one again too soon, and a short "good" once the last
 * cued problem has been fixed for a moment.
 */
export function createCueScheduler(timing: CueTiming): CueScheduler {
  const presentSince = new Map<string, number>();
  const lastSpokenAt = new Map<string, number>();
  let lastCueAt = -Infinity;
  let awaitingFix: string | null = null;
  let fixedSince: number | null = null;

  return {
    update(present, t, judging = true) {
      for (const id of [...presentSince.keys()]) if (!present.includes(id)) presentSince.delete(id);
      for (const id of present) if (!presentSince.has(id)) presentSince.set(id, t);

      if (awaitingFix !== null && timing.goodAfterMs > 0) {
        if (present.length > 0 || !judging) fixedSince = null;
        else {
          fixedSince ??= t;
          if (t - fixedSince >= timing.goodAfterMs) {
            awaitingFix = null;
            fixedSince = null;
            lastCueAt = t;
            return { type: 'good' };
          }
        }
      }

      const top = present[0];
      if (top === undefined) return null;
      const since = presentSince.get(top) ?? t;
      const lastSpoken = lastSpokenAt.get(top) ?? -Infinity;
      if (t - since < timing.minLastingMs) return null;
      if (t - lastSpoken < timing.repeatAfterMs) return null;
      if (t - lastCueAt < timing.minGapMs) return null;
      lastSpokenAt.set(top, t);
      lastCueAt = t;
      awaitingFix = top;
      fixedSince = null;
      return { type: 'cue', id: top };
    },
    reset() {
      presentSince.clear();
      lastSpokenAt.clear();
      lastCueAt = -Infinity;
      awaitingFix = null;
      fixedSince = null;
    },
  };
}
