/** Time intervals in seconds, [start, end], as the labels give them. Pure. */

export type Interval = readonly [number, number];

/** Sorted, with overlapping or touching intervals joined. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Each interval widened by `by` seconds on both sides (label timing is good to a few tenths). */
export function widen(intervals: readonly Interval[], by: number): Interval[] {
  return mergeIntervals(intervals.map(([start, end]) => [Math.max(0, start - by), end + by]));
}

export function totalLength(intervals: readonly Interval[]): number {
  return mergeIntervals(intervals).reduce((sum, [start, end]) => sum + (end - start), 0);
}

export function containsTime(intervals: readonly Interval[], t: number): boolean {
  return intervals.some(([start, end]) => t >= start && t <= end);
}

/** Seconds of `interval` covered by `intervals`. */
export function overlapLength(interval: Interval, intervals: readonly Interval[]): number {
  return mergeIntervals(intervals).reduce((sum, [start, end]) => {
    const overlap = Math.min(end, interval[1]) - Math.max(start, interval[0]);
    return sum + Math.max(0, overlap);
  }, 0);
}

export function overlaps(interval: Interval, intervals: readonly Interval[]): boolean {
  return intervals.some(([start, end]) => interval[0] <= end && interval[1] >= start);
}
