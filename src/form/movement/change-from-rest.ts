/**
 * How far a measure has moved from its value while the person last rested in the exercise's
 * starting position. Used for the hips' level: at rest the hips are level by the exercise's set-up
 * (lying flat, or on all fours with the weight even), so whatever the camera makes of them then (a
 * camera above the hips, the model's guess for the hidden side) is the baseline, and only the roll
 * that comes with the movement is measured.
 */
export interface ChangeFromRest {
  /** Adds one frame's measure and whether the person is at rest; returns the change from rest. */
  update(value: number, atRest: boolean): number;
  /** Forgets the baseline (the person left the position). */
  reset(): void;
}

export function createChangeFromRest(): ChangeFromRest {
  // The baseline is the mean over the latest rest, so it follows the person settling anew.
  let sum = 0;
  let count = 0;
  let resting = false;
  return {
    update(value, atRest) {
      // A new rest starts a new baseline, even if its first frames cannot be measured.
      if (atRest && !resting) sum = count = 0;
      if (atRest && Number.isFinite(value)) {
        sum += value;
        count++;
      }
      resting = atRest;
      // No rest seen yet: nothing to measure against, no change is claimed.
      return count === 0 ? Number.NaN : value - sum / count;
    },
    reset() {
      sum = count = 0;
      resting = false;
    },
  };
}
