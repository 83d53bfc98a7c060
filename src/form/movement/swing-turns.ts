/**
 * Follows a signal that swings back and forth between two ends (cat-cow's rounding and arching)
 * and reports each swing as it turns back: which way it was heading, how far it got, and how far it
 * travelled from where it started (the previous turn).
 *
 * A turn is only a turn once the signal has come back `turnBack` from its extreme, so a tremor at
 * an end or during a pause is not read as the movement changing direction.
 */

export interface SwingTurn {
  /** The swing was heading up (toward the high end) or down. */
  heading: 'up' | 'down';
  /** The furthest the swing got before turning back. */
  extreme: number;
  /** How far it travelled from its start (the previous turn, or the first value seen). */
  travel: number;
}

export interface SwingTracker {
  /** Feed one value; returns the swing that this value shows has turned back, if any. */
  update(value: number): SwingTurn | null;
  /** Forget the swing under way (the person left the position). */
  reset(): void;
}

export function createSwingTracker(options: { turnBack: number }): SwingTracker {
  let heading: SwingTurn['heading'] | null = null;
  // Until a first direction is clear, the lowest and highest values seen; from then on, the
  // swing's start and its extreme so far.
  let low = Number.NaN;
  let high = Number.NaN;
  let start = Number.NaN;
  let extreme = Number.NaN;

  function turn(value: number): SwingTurn {
    const done: SwingTurn = { heading: heading!, extreme, travel: Math.abs(extreme - start) };
    heading = heading === 'up' ? 'down' : 'up';
    start = extreme;
    extreme = value;
    return done;
  }

  return {
    update(value) {
      // An unmeasured frame (NaN) says nothing about where the swing is.
      if (Number.isNaN(value)) return null;
      if (heading === null) {
        low = Number.isNaN(low) ? value : Math.min(low, value);
        high = Number.isNaN(high) ? value : Math.max(high, value);
        // The first clear direction: the swing started at the other extreme seen so far.
        if (value - low >= options.turnBack && value === high) {
          heading = 'up';
          start = low;
          extreme = value;
        } else if (high - value >= options.turnBack && value === low) {
          heading = 'down';
          start = high;
          extreme = value;
        }
        return null;
      }
      if (heading === 'up') {
        if (value >= extreme) extreme = value;
        else if (extreme - value >= options.turnBack) return turn(value);
      } else {
        if (value <= extreme) extreme = value;
        else if (value - extreme >= options.turnBack) return turn(value);
      }
      return null;
    },
    reset() {
      heading = null;
      low = high = start = extreme = Number.NaN;
    },
  };
}
