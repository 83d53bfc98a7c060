/**
 * How far a body part has wandered lately, to tell a part held still (an isometric press, the legs
 * of a plank, a hold's joints) from one that moves. The part is described by a few measures (e.g.
 * a position in body lengths and an angle in degrees), each with the tolerance it may tremble by;
 * the answer is the largest change between a measure now and at any moment of the last
 * `windowMs`, as a share of its tolerance: at most 1 while the part is still. A measure that
 * cannot be taken (NaN: a joint out of sight, whose guessed place wanders by itself) is left out
 * rather than read as movement.
 */
export interface Steadiness {
  /** Adds the measures seen at `timestampMs`, in the order of the tolerances. */
  update(timestampMs: number, measures: readonly number[]): number;
  /** Forgets the past (the part was out of sight): the next sample starts afresh. */
  reset(): void;
}

interface Sample {
  timestampMs: number;
  measures: readonly number[];
}

export function createSteadiness(windowMs: number, tolerances: readonly number[]): Steadiness {
  let history: Sample[] = [];
  return {
    update(timestampMs, measures) {
      // Time going backwards: a new recording, nothing to compare with.
      if (timestampMs < (history.at(-1)?.timestampMs ?? -Infinity)) history = [];
      history = history.filter((s) => s.timestampMs >= timestampMs - windowMs);
      history.push({ timestampMs, measures });
      let wander = 0;
      for (const sample of history) {
        tolerances.forEach((tolerance, i) => {
          const change = Math.abs((measures[i] ?? NaN) - (sample.measures[i] ?? NaN)) / tolerance;
          if (Number.isFinite(change) && change > wander) wander = change;
        });
      }
      return wander;
    },
    reset() {
      history = [];
    },
  };
}
