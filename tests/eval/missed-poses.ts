/**
 * The recorded landmarks as a model that misses the person now and then would have delivered them:
 * against a bright window, in poor light or far away, it finds no pose on some frames (a held-out
 * forearm plank filmed against a window had a pose on 65% of them). Each frame's pose is dropped
 * with probability `share`, in runs of `meanRun` frames on average (1: each frame on its own;
 * longer: the model losing the person for a while), from a fixed seed so every run drops the same
 * frames. Pure.
 */
import type { PoseFrame } from '../../src/pose/landmarks';
import { seededRandom } from './seeded-random';

export function framesWithPosesMissed(
  frames: readonly PoseFrame[],
  share: number,
  meanRun = 1,
  seed = 12345,
): PoseFrame[] {
  if (share <= 0) return [...frames];
  const random = seededRandom(seed);
  // A two-state chain whose missed runs last `meanRun` frames on average and cover `share` of them.
  const endRun = 1 / meanRun;
  const startRun = Math.min(1, (share * endRun) / (1 - share));
  let missing = false;
  return frames.map((frame) => {
    missing = missing ? random() >= endRun : random() < startRun;
    return missing ? { ...frame, poses: [] } : frame;
  });
}
