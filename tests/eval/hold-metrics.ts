/**
 * Hold timing against the labels: how many of the engine's hold seconds fall inside the labelled
 * holds, and how many where the labels say nobody holds anything. Pure.
 */
import { overlapLength, totalLength, widen, type Interval } from './intervals';

export interface HoldSample {
  timestampMs: number;
  holdSeconds: number;
  /** The media time the clock has counted up to, when it runs behind the frame's time. */
  holdClockAtMs?: number;
}

export interface HoldIncrement {
  /** Seconds of media time at which the engine's hold clock had advanced by `seconds`. */
  atS: number;
  seconds: number;
}

/**
 * The engine's hold clock as increments. A clock that goes down started a new hold (the engine
 * may restart it per hold), so its whole new value is an increment.
 */
export function holdIncrements(samples: readonly HoldSample[]): HoldIncrement[] {
  const increments: HoldIncrement[] = [];
  let previous = 0;
  for (const { timestampMs, holdSeconds, holdClockAtMs } of samples) {
    const seconds = holdSeconds >= previous ? holdSeconds - previous : holdSeconds;
    if (seconds > 0) increments.push({ atS: (holdClockAtMs ?? timestampMs) / 1000, seconds });
    previous = holdSeconds;
  }
  return increments;
}

/** The media time an increment covers: the clock ran for `seconds` up to `atS`. */
function span({ atS, seconds }: HoldIncrement): Interval {
  return [atS - seconds, atS];
}

export interface HoldComparison {
  labelledSeconds: number;
  /**
   * Engine hold seconds inside the labelled holds, as labelled: seconds just outside them are
   * neither credited here nor counted as "outside" (that check widens the labels).
   */
  engineSeconds: number;
  /** engineSeconds - labelledSeconds: negative when the engine counted too little. */
  errorSeconds: number;
}

export function compareHolds(
  increments: readonly HoldIncrement[],
  labelledHolds: readonly Interval[],
): HoldComparison {
  const engineSeconds = increments.reduce(
    (sum, increment) => sum + overlapLength(span(increment), labelledHolds),
    0,
  );
  const labelledSeconds = totalLength(labelledHolds);
  return { labelledSeconds, engineSeconds, errorSeconds: engineSeconds - labelledSeconds };
}

/**
 * Engine hold seconds counted outside every labelled activity (widened by the tolerance): labels
 * are good to about 0.3 s, so time just past a labelled edge is not held against the engine.
 */
export function holdSecondsOutside(
  increments: readonly HoldIncrement[],
  activity: readonly Interval[],
  toleranceS: number,
): number {
  const around = widen(activity, toleranceS);
  const outside = increments.reduce(
    (sum, increment) => sum + increment.seconds - overlapLength(span(increment), around),
    0,
  );
  return Math.max(0, outside); // rounding can leave -1e-16
}

/**
 * Engine hold seconds outside the labelled activity but within the tolerance of one of its edges:
 * not a miss (the label may be that far off), but reported, so that an engine which always runs a
 * little past the edges still shows.
 */
export function holdSecondsNearEdges(
  increments: readonly HoldIncrement[],
  activity: readonly Interval[],
  toleranceS: number,
): number {
  const around = widen(activity, toleranceS);
  const near = increments.reduce(
    (sum, increment) =>
      sum + overlapLength(span(increment), around) - overlapLength(span(increment), activity),
    0,
  );
  return Math.max(0, near);
}
