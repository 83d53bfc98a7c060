import { describe, expect, it } from 'vitest';
import { LANDMARK, SKELETON_BONES } from '../../../src/pose/landmarks';
import { bodyPartLandmarks } from '../../../src/workout/body-part-landmarks';

describe('body part landmarks', () => {
  it('lights up both sides of a part, and joints that the skeleton draws', () => {
    expect(bodyPartLandmarks('hips')).toEqual([LANDMARK.leftHip, LANDMARK.rightHip]);
    const drawn = new Set(SKELETON_BONES.flat());
    for (const part of [
      'shoulders',
      'elbows',
      'wrists',
      'back',
      'hips',
      'knees',
      'ankles',
      'arms',
      'legs',
    ]) {
      const points = bodyPartLandmarks(part);
      expect(points.length).toBeGreaterThan(1);
      for (const p of points) expect(drawn.has(p)).toBe(true);
    }
  });

  it('lights nothing for no fault or an unknown part', () => {
    expect(bodyPartLandmarks(undefined)).toEqual([]);
    expect(bodyPartLandmarks('tail')).toEqual([]);
  });
});
