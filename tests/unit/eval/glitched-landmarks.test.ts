import { describe, expect, it } from 'vitest';
import { framesWithLandmarksGlitched } from '../../eval/glitched-landmarks';
import type { PoseFrame } from '../../../src/pose/landmarks';

const landmark = { x: 0.5, y: 0.5, z: 0, visibility: 0.9 };
const frames: PoseFrame[] = Array.from({ length: 2000 }, (_, i) => ({
  timestampMs: i * 100,
  width: 640,
  height: 480,
  poses: [{ landmarks: Array.from({ length: 33 }, () => landmark), worldLandmarks: [] }],
}));
const glitchedFrames = (out: PoseFrame[]) =>
  out.filter((f) => f.poses[0]!.landmarks.some((l) => l.visibility < 0.5)).length;

describe('frames with landmarks glitched', () => {
  it('lowers one part on about the share of frames asked for, positions kept', () => {
    const out = framesWithLandmarksGlitched(frames, 0.2);
    const share = glitchedFrames(out) / out.length;
    expect(share).toBeGreaterThan(0.17);
    expect(share).toBeLessThan(0.23);
    for (const frame of out) {
      const low = frame.poses[0]!.landmarks.filter((l) => l.visibility < 0.5);
      expect(low.length).toBeLessThanOrEqual(5);
      expect(low.every((l) => l.x === 0.5 && l.y === 0.5)).toBe(true);
    }
  });

  it('glitches the same frames on every run, and none for a share of 0', () => {
    expect(framesWithLandmarksGlitched(frames, 0.2)).toEqual(
      framesWithLandmarksGlitched(frames, 0.2),
    );
    expect(glitchedFrames(framesWithLandmarksGlitched(frames, 0))).toBe(0);
  });
});
