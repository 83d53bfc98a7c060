/**
 * How far some joint angles have moved lately: for each angle, the largest difference between its
 * value now and at any moment of the last `windowMs`; the largest over the angles.
 *
 * Joint angles from the world landmarks do not depend on where the camera stands, so turning
 * towards it, a change of camera angle or drifting in the picture move nothing; only the joints
 * bending or straightening do. A still hold trembles by a few degrees; a limb driven in and out (a
 * crunch, a mountain climber) swings through tens of degrees.
 */
export interface AngleTravel {
  /** Adds the angles (degrees) seen at `timestampMs`: the same angles, in the same order, every call. */
  update(timestampMs: number, anglesDeg: readonly number[]): number;
}

interface Sample {
  timestampMs: number;
  anglesDeg: readonly number[];
}

export function createAngleTravel(windowMs: number): AngleTravel {
  let history: Sample[] = [];
  return {
    update(timestampMs, anglesDeg) {
      const last = history.at(-1);
      // Time going backwards or other angles: a new recording, nothing to compare with.
      if (last && (timestampMs < last.timestampMs || last.anglesDeg.length !== anglesDeg.length)) {
        history = [];
      }
      // Unmeasurable angles (a joint on top of another) are left out rather than poisoning the max.
      const now = anglesDeg.map((a) => (Number.isFinite(a) ? a : Number.NaN));
      history = history.filter((s) => s.timestampMs >= timestampMs - windowMs);
      history.push({ timestampMs, anglesDeg: now });
      let travel = 0;
      for (const sample of history) {
        now.forEach((angle, i) => {
          const change = Math.abs(angle - (sample.anglesDeg[i] ?? Number.NaN));
          if (change > travel) travel = change;
        });
      }
      return travel;
    },
  };
}
