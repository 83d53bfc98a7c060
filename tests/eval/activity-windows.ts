/**
 * Where a clip's labels say the exercise happens. Outside these windows (title cards, talking,
 * setting up) the engine must count nothing. Pure.
 */
import { mergeIntervals, type Interval } from './intervals';
import type { ClipLabel } from './labels';

/** Peaks mark the extremes of a movement: the movement spans from before the first to after the last. */
function peakWindow(peaks: readonly number[]): Interval | undefined {
  const sorted = [...peaks].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const gaps = sorted.slice(1).map((t, i) => t - sorted[i]!);
  // Half a cycle either side: a rep can start that long before its first extreme and end after its last.
  const halfCycle = gaps.length ? Math.max(...gaps) : 2;
  return [Math.max(0, first - halfCycle), last + halfCycle];
}

export function activityWindows(label: ClipLabel): Interval[] {
  const windows: Interval[] = [
    ...(label.holds ?? []),
    ...(label.singleKneeHolds ?? []),
    ...(label.repTops ?? []),
  ];
  const peaks = [
    ...(label.catPeaks ?? []),
    ...(label.cowPeaks ?? []),
    ...(label.leftPeaks ?? []),
    ...(label.rightPeaks ?? []),
  ];
  const around = peakWindow(peaks);
  if (around) windows.push(around);
  return mergeIntervals(windows);
}

/** True when the labels time anything at all (clips with only notes cannot be checked for "outside"). */
export function hasTimedActivity(label: ClipLabel): boolean {
  return activityWindows(label).length > 0;
}
