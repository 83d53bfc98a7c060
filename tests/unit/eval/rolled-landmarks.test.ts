import { describe, expect, it } from 'vitest';
import type { PoseFrame } from '../../../src/pose/landmarks';
import { rolledFrame } from '../../eval/rolled-landmarks';

const frame: PoseFrame = {
  timestampMs: 0,
  width: 1280,
  height: 720,
  poses: [
    {
      landmarks: [{ x: 0.75, y: 0.5, z: 0.1, visibility: 0.9 }],
      worldLandmarks: [{ x: 0.2, y: 0, z: 0.3, visibility: 0.9 }],
    },
  ],
};

describe('rolled landmarks', () => {
  it('turns the picture about its centre in pixels, and the 3-D points about the camera axis', () => {
    const rolled = rolledFrame(frame, 90);
    const [point] = rolled.poses[0]!.landmarks;
    // 320 px right of the centre turns to 320 px below it (clockwise on screen, y down).
    expect(point!.x).toBeCloseTo(0.5);
    expect(point!.y).toBeCloseTo(0.5 + 320 / 720);
    expect(point).toMatchObject({ z: 0.1, visibility: 0.9 });
    const [world] = rolled.poses[0]!.worldLandmarks;
    expect(world!.x).toBeCloseTo(0);
    expect(world!.y).toBeCloseTo(0.2);
    expect(world!.z).toBe(0.3);
  });

  it('keeps lengths and undoes itself', () => {
    const back = rolledFrame(rolledFrame(frame, 8), -8);
    expect(back.poses[0]!.landmarks[0]!.x).toBeCloseTo(0.75);
    expect(back.poses[0]!.landmarks[0]!.y).toBeCloseTo(0.5);
    expect(rolledFrame({ ...frame, poses: [] }, 8).poses).toEqual([]);
  });
});
