import { describe, expect, it } from 'vitest';
import { framesWithPosesMissed } from '../../eval/missed-poses';
import type { PoseFrame } from '../../../src/pose/landmarks';

const frames: PoseFrame[] = Array.from({ length: 4000 }, (_, i) => ({
  timestampMs: i * 100,
  width: 640,
  height: 480,
  poses: [{ landmarks: [], worldLandmarks: [] }],
}));
const missed = (kept: PoseFrame[]) => kept.map((f) => f.poses.length === 0);

/** Mean length of the runs of missed frames. */
function meanRunLength(flags: boolean[]): number {
  const runs = flags.reduce<number[]>((acc, m, i) => {
    if (m && !flags[i - 1]) acc.push(0);
    if (m) acc[acc.length - 1]!++;
    return acc;
  }, []);
  return runs.reduce((a, b) => a + b, 0) / runs.length;
}

describe('frames with poses missed', () => {
  it('drops about the share asked for, keeping every frame and its time', () => {
    const out = framesWithPosesMissed(frames, 0.2);
    expect(out.map((f) => f.timestampMs)).toEqual(frames.map((f) => f.timestampMs));
    const share = missed(out).filter(Boolean).length / out.length;
    expect(share).toBeGreaterThan(0.17);
    expect(share).toBeLessThan(0.23);
    expect(meanRunLength(missed(out))).toBeLessThan(1.5);
  });

  it('drops in runs of the mean length asked for', () => {
    const flags = missed(framesWithPosesMissed(frames, 0.35, 3));
    expect(flags.filter(Boolean).length / flags.length).toBeGreaterThan(0.3);
    expect(flags.filter(Boolean).length / flags.length).toBeLessThan(0.4);
    expect(meanRunLength(flags)).toBeGreaterThan(2.5);
    expect(meanRunLength(flags)).toBeLessThan(3.5);
  });

  it('drops the same frames on every run, and none for a share of 0', () => {
    expect(missed(framesWithPosesMissed(frames, 0.2))).toEqual(
      missed(framesWithPosesMissed(frames, 0.2)),
    );
    expect(missed(framesWithPosesMissed(frames, 0)).some(Boolean)).toBe(false);
  });
});
