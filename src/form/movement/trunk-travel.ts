/**
 * How far the trunk has moved lately, to tell a person who has come to rest in a position from one
 * still passing through it or adjusting. The shoulders are measured from the hips, so the whole
 * body drifting in the picture (a hand-held phone) does not count, and in trunk lengths, so the
 * distance from the camera does not either. A still rest moves the shoulders by breathing only (a
 * centimetre or so, a few hundredths of a trunk); settling in or lifting out moves them more.
 */
import { midpoint } from '../geometry/midpoint';
import type { Point } from '../types';

export interface TrunkTravel {
  /**
   * Adds the trunk seen at `timestampMs` and returns the largest distance, in trunk lengths, the
   * shoulders have been from where they are now (relative to the hips) over the last `windowMs`;
   * null until the samples cover the whole window (just seen again: not known to be at rest).
   */
  update(timestampMs: number, shoulders: [Point, Point], hips: [Point, Point]): number | null;
}

interface Sample {
  timestampMs: number;
  /** The shoulders' midpoint relative to the hips' midpoint, in trunk lengths. */
  offset: Point;
}

export function createTrunkTravel(windowMs: number): TrunkTravel {
  let history: Sample[] = [];
  return {
    update(timestampMs, shoulders, hips) {
      const s = midpoint(...shoulders);
      const h = midpoint(...hips);
      const trunk = Math.hypot(s.x - h.x, s.y - h.y);
      const last = history.at(-1);
      // Time going backwards (a new recording) or a gap longer than the window (the person out of
      // sight): nothing earlier to compare with.
      if (!last || timestampMs < last.timestampMs || timestampMs - last.timestampMs > windowMs) {
        history = [];
      }
      // A trunk of no length or not measurable (NaN) says nothing, and must not be compared with.
      if (!(trunk > 0)) {
        history = [];
        return null;
      }
      const offset = { x: (s.x - h.x) / trunk, y: (s.y - h.y) / trunk };
      // Keep the newest sample at or before the window's start: it shows the window is covered.
      const start = timestampMs - windowMs;
      const firstInside = history.findIndex((sample) => sample.timestampMs > start);
      const from = Math.max(0, firstInside === -1 ? history.length - 1 : firstInside - 1);
      history = [...history.slice(from), { timestampMs, offset }];
      if (history[0]!.timestampMs > start) return null;
      return Math.max(
        ...history.map((sample) =>
          Math.hypot(sample.offset.x - offset.x, sample.offset.y - offset.y),
        ),
      );
    },
  };
}
