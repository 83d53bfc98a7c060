import type { Fault } from '../types';
import { createTimeWeightedMean } from './form-score';

/**
 * One rep's form, from its own frames: its mean score, its worst fault (severity times time), and
 * the fault that marked its top. A rep dropped on the way is forgotten by `reset()`.
 */
export interface RepScorecard {
  /** A frame of the rep: its score, the faults shown, and whether the movement is at its top. */
  add(score: number, faults: readonly Fault[], atTop: boolean, durationMs: number): void;
  /** The rep's mean score, 100 before any frame. */
  readonly score: number;
  /** The fault that cost the rep most, if any. */
  readonly worstFault: string | undefined;
  /**
   * The costliest of `among` that was shown for at least half the rep's time at its top: the
   * rep's fault even when its top was too brief for a cue to wait out (a quick bridge that never
   * lifts the hips high enough), as against a wobble on the way.
   */
  topFault(among: ReadonlySet<string>): string | undefined;
  reset(): void;
}

export function createRepScorecard(): RepScorecard {
  const score = createTimeWeightedMean();
  let costById = new Map<string, number>();
  let topMsById = new Map<string, number>();
  let topMs = 0;
  const byCost = (ids: Iterable<string>) =>
    [...ids].sort((a, b) => (costById.get(b) ?? 0) - (costById.get(a) ?? 0))[0];
  return {
    add(frameScore, faults, atTop, durationMs) {
      score.add(frameScore, durationMs);
      if (atTop) topMs += durationMs;
      for (const fault of faults) {
        costById.set(fault.id, (costById.get(fault.id) ?? 0) + fault.severity * durationMs);
        if (atTop) topMsById.set(fault.id, (topMsById.get(fault.id) ?? 0) + durationMs);
      }
    },
    get score() {
      return Math.round(score.mean ?? 100);
    },
    get worstFault() {
      return byCost(costById.keys());
    },
    topFault(among) {
      if (topMs <= 0) return undefined;
      return byCost(
        [...topMsById].filter(([id, ms]) => among.has(id) && ms >= topMs / 2).map(([id]) => id),
      );
    },
    reset() {
      score.reset();
      costById = new Map();
      topMsById = new Map();
      topMs = 0;
    },
  };
}
