/**
 * The recorded landmarks as a slower machine would have delivered them. The pipeline drops every
 * frame that arrives while the model is still busy (drop, never queue), so a machine that manages
 * `fps` inferences a second judges the first frame after each inference ends: a frame is kept once
 * at least 1000 / `fps` ms have passed since the last one kept. Pure.
 */
import type { PoseFrame } from '../../src/pose/landmarks';

export function framesAtRate(frames: readonly PoseFrame[], fps: number): PoseFrame[] {
  const intervalMs = 1000 / fps;
  let lastKeptMs = -Infinity;
  return frames.filter((frame) => {
    // A hair of tolerance: recorded timestamps are 100 ms apart give or take a microsecond.
    if (frame.timestampMs - lastKeptMs < intervalMs - 1) return false;
    lastKeptMs = frame.timestampMs;
    return true;
  });
}
