import { describe, expect, it } from 'vitest';
import { createTrackingDiscontinuity } from '../../../src/form/timing/tracking-discontinuity';
import { buildBodyFrame } from '../../../src/form/body/body-frame';
import { LANDMARK, type Pose } from '../../../src/pose/landmarks';
import { PoseSmoother } from '../../../src/pose/pose-smoother';
import { keepSides } from '../../../src/pose/side-continuity';
import { frameOf, frontViewPose, sideViewPose } from '../form/helpers/synthetic-pose';

const STANDING = {
  nose: [0.5, 0.13],
  ear: [0.52, 0.13],
  shoulder: [0.55, 0.25],
  elbow: [0.56, 0.38],
  wrist: [0.56, 0.5],
  hip: [0.53, 0.52],
  knee: [0.53, 0.7],
  ankle: [0.53, 0.88],
} as const satisfies Record<string, [number, number]>;

/** The same pose with every left landmark and its right twin exchanged, as the model does. */
function swapped(pose: Pose): Pose {
  const twins = (points: Pose['landmarks']) => {
    const out = [...points];
    for (const [name, left] of Object.entries(LANDMARK)) {
      if (!name.startsWith('left')) continue;
      const right = LANDMARK[name.replace('left', 'right') as keyof typeof LANDMARK];
      out[left] = points[right]!;
      out[right] = points[left]!;
    }
    return out;
  };
  return { landmarks: twins(pose.landmarks), worldLandmarks: twins(pose.worldLandmarks) };
}

describe('keeping left and right where they were', () => {
  const facing = frontViewPose(STANDING, { halfWidth: 0.1 });

  it('undoes a swap of every left landmark with its right twin, in the picture and the world', () => {
    const kept = keepSides(swapped(facing), facing);
    expect(kept.landmarks).toEqual(facing.landmarks);
    expect(kept.worldLandmarks).toEqual(facing.worldLandmarks);
  });

  it('leaves a pose alone when nothing was swapped, or with nothing before it', () => {
    expect(keepSides(facing, facing)).toBe(facing);
    expect(keepSides(swapped(facing), null).landmarks).toEqual(swapped(facing).landmarks);
  });

  it('leaves a side view alone, where the two sides overlap and noise could look like a swap', () => {
    const side = sideViewPose(STANDING);
    expect(keepSides(swapped(side), side).landmarks).toEqual(swapped(side).landmarks);
  });

  it('smooths a swapped frame as the same body: no shrinking through the middle, no jump', () => {
    const smoother = new PoseSmoother();
    const discontinuity = createTrackingDiscontinuity();
    const widths: number[] = [];
    let jumps = 0;
    for (let i = 0; i < 20; i++) {
      const pose = i >= 10 && i < 13 ? swapped(facing) : facing;
      const frame = smoother.smooth(frameOf([pose], { timestampMs: i * 100 }));
      const body = buildBodyFrame(frame)!;
      if (discontinuity.update(body)) jumps++;
      widths.push(
        Math.abs(body.points[LANDMARK.leftShoulder]!.x - body.points[LANDMARK.rightShoulder]!.x),
      );
    }
    expect(jumps).toBe(0);
    expect(Math.min(...widths)).toBeGreaterThan(0.9 * Math.max(...widths));
  });
});

describe('tracking discontinuity with swapped sides', () => {
  it('does not take a swap of left and right for a jump, even unsmoothed', () => {
    const facing = frontViewPose(STANDING, { halfWidth: 0.1 });
    const discontinuity = createTrackingDiscontinuity();
    let jumps = 0;
    for (let i = 0; i < 20; i++) {
      const pose = i % 6 < 3 ? facing : swapped(facing);
      if (discontinuity.update(buildBodyFrame(frameOf([pose], { timestampMs: i * 100 })))) jumps++;
    }
    expect(jumps).toBe(0);
  });
});
