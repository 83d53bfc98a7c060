import { describe, expect, it } from 'vitest';
import { LANDMARK_COUNT, type Pose, type PoseFrame } from '../../../src/pose/landmarks';
import { PoseSmoother } from '../../../src/pose/pose-smoother';

function pose(x: number): Pose {
  const point = { x, y: 0.5, z: 0, visibility: 0.9 };
  return {
    landmarks: Array.from({ length: LANDMARK_COUNT }, () => ({ ...point })),
    worldLandmarks: Array.from({ length: LANDMARK_COUNT }, () => ({ ...point })),
  };
}

function frame(timestampMs: number, ...poses: Pose[]): PoseFrame {
  return { timestampMs, width: 640, height: 480, poses };
}

describe('PoseSmoother', () => {
  it('smooths every coordinate of the first pose and keeps visibility', () => {
    const smoother = new PoseSmoother();
    smoother.smooth(frame(0, pose(0.4)));
    const out = smoother.smooth(frame(33, pose(0.44)));
    const first = out.poses[0]!;
    expect(first.landmarks).toHaveLength(LANDMARK_COUNT);
    for (const p of [...first.landmarks, ...first.worldLandmarks]) {
      expect(p.x).toBeGreaterThan(0.4);
      expect(p.x).toBeLessThan(0.44);
      expect(p.y).toBe(0.5);
      expect(p.visibility).toBe(0.9);
    }
  });

  it('leaves other poses and the input frame untouched', () => {
    const smoother = new PoseSmoother();
    smoother.smooth(frame(0, pose(0.4)));
    const input = frame(33, pose(0.44), pose(0.9));
    const out = smoother.smooth(input);
    expect(out.poses[1]).toBe(input.poses[1]);
    expect(input.poses[0]!.landmarks[0]!.x).toBe(0.44);
  });

  it('starts afresh after a frame without a pose', () => {
    const smoother = new PoseSmoother();
    smoother.smooth(frame(0, pose(0.1)));
    expect(smoother.smooth(frame(33)).poses).toEqual([]);
    expect(smoother.smooth(frame(66, pose(0.9))).poses[0]!.landmarks[0]!.x).toBe(0.9);
  });

  it('starts afresh after a long gap or when time goes back', () => {
    const smoother = new PoseSmoother({ maxGapMs: 500 });
    smoother.smooth(frame(0, pose(0.1)));
    expect(smoother.smooth(frame(1000, pose(0.9))).poses[0]!.landmarks[0]!.x).toBe(0.9);
    expect(smoother.smooth(frame(10, pose(0.2))).poses[0]!.landmarks[0]!.x).toBe(0.2);
  });

  it('gives the same output for the same frames (pure, timestamp-driven)', () => {
    const frames = [0, 33, 66, 120].map((t, i) => frame(t, pose(0.3 + i * 0.01)));
    const a = new PoseSmoother();
    const b = new PoseSmoother();
    expect(frames.map((f) => a.smooth(f))).toEqual(frames.map((f) => b.smooth(f)));
  });
});
