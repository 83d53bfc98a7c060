/**
 * How far a body line across the body (the hips' left-right line) has rolled since the person last
 * rested in the exercise's starting position, in degrees. At rest the line is level by the
 * exercise's set-up (lying flat, or on all fours with the weight even), so whatever the camera
 * makes of it then (a camera looking down, the model's own bias for the hidden side) is the
 * baseline, and only the roll that comes with the movement is measured.
 */
export interface RollFromRest {
  /** Adds one frame's tilt of the line (degrees) and whether the person is at rest; returns the roll. */
  update(tiltDeg: number, atRest: boolean): number;
  /** Forgets the baseline (the person left the position). */
  reset(): void;
}

export function createRollFromRest(): RollFromRest {
  // The baseline is the mean tilt over the latest rest, so it follows the person settling anew.
  let sum = 0;
  let count = 0;
  let resting = false;
  return {
    update(tiltDeg, atRest) {
      if (atRest && Number.isFinite(tiltDeg)) {
        if (!resting) sum = count = 0;
        sum += tiltDeg;
        count++;
      }
      resting = atRest;
      // No rest seen yet: nothing to measure against, no roll is claimed.
      return count === 0 ? Number.NaN : tiltDeg - sum / count;
    },
    reset() {
      sum = count = 0;
      resting = false;
    },
  };
}
