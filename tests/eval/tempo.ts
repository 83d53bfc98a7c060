/**
 * A clip as the same person moving at another tempo would have made it: every landmark frame's
 * time, and every labelled time, divided by `factor` (1.5: half as fast again; 0.67: slower). The
 * poses are the same, so what changes is only how long each movement, top and hold lasts, and
 * the frame rate with it. A quick test of the engine's timing (a top held long enough, a hold
 * settled, a rest seen) against people who move faster or slower than the footage. Pure.
 */
import type { PoseFrame } from '../../src/pose/landmarks';
import type { ClipLabel } from './labels';

export function framesAtTempo(frames: readonly PoseFrame[], factor: number): PoseFrame[] {
  return frames.map((frame) => ({ ...frame, timestampMs: frame.timestampMs / factor }));
}

export function labelAtTempo(label: ClipLabel, factor: number): ClipLabel {
  const time = (s: number) => s / factor;
  const interval = ([start, end]: [number, number]): [number, number] => [time(start), time(end)];
  return {
    ...label,
    ...(label.views && {
      views: label.views.map(([start, end, view]): [number, number, string] => [
        time(start),
        time(end),
        view,
      ]),
    }),
    ...(label.holds && { holds: label.holds.map(interval) }),
    ...(label.singleKneeHolds && { singleKneeHolds: label.singleKneeHolds.map(interval) }),
    ...(label.repTops && { repTops: label.repTops.map(interval) }),
    ...(label.catPeaks && { catPeaks: label.catPeaks.map(time) }),
    ...(label.cowPeaks && { cowPeaks: label.cowPeaks.map(time) }),
    ...(label.leftPeaks && { leftPeaks: label.leftPeaks.map(time) }),
    ...(label.rightPeaks && { rightPeaks: label.rightPeaks.map(time) }),
  };
}
