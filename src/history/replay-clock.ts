import type { SetFault } from './history-records';
import type { ReplayFrame } from './track-codec';

/** The frame shown at time `t` (ms from the set's start): the last one at or before it. */
export function frameAt(frames: readonly ReplayFrame[], t: number): ReplayFrame | undefined {
  let lo = 0;
  let hi = frames.length - 1;
  if (hi < 0) return undefined;
  if (t <= frames[0]!.t) return frames[0];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (frames[mid]!.t <= t) lo = mid;
    else hi = mid - 1;
  }
  return frames[lo];
}

/** The faults active at time `t`: what the replay lights up on the skeleton. */
export function faultsAt(faults: readonly SetFault[], t: number): SetFault[] {
  return faults.filter((f) => f.spans.some(([from, to]) => t >= from && t <= to));
}
