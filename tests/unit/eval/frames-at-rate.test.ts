import { describe, expect, it } from 'vitest';
import { framesAtRate } from '../../eval/frames-at-rate';
import type { PoseFrame } from '../../../src/pose/landmarks';

const frames: PoseFrame[] = Array.from({ length: 10 }, (_, i) => ({
  timestampMs: i * 100 + (i % 2 ? 0.0004 : 0),
  width: 640,
  height: 480,
  poses: [],
}));
const times = (kept: PoseFrame[]) => kept.map((f) => Math.round(f.timestampMs));

describe('frames at a slower rate', () => {
  it('keeps the first frame after each interval, as a busy model takes the next one it can', () => {
    expect(times(framesAtRate(frames, 5))).toEqual([0, 200, 400, 600, 800]);
    expect(times(framesAtRate(frames, 10 / 3))).toEqual([0, 300, 600, 900]);
    // Between the recorded frames: the next frame after the interval.
    expect(times(framesAtRate(frames, 4))).toEqual([0, 300, 600, 900]);
  });

  it('keeps every frame at the recorded rate or above', () => {
    expect(framesAtRate(frames, 10)).toHaveLength(10);
    expect(framesAtRate(frames, 30)).toHaveLength(10);
  });
});
