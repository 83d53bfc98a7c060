import { describe, expect, it } from 'vitest';
import { LANDMARK as L } from '../../../src/pose/landmarks';
import {
  bodyPartBones,
  bodyPartLandmarks,
  boneKey,
  WORKOUT_BONES,
} from '../../../src/workout/body-part-landmarks';

const PARTS = [
  'head',
  'neck',
  'shoulders',
  'elbows',
  'wrists',
  'back',
  'hips',
  'knees',
  'ankles',
  'arms',
  'legs',
];
const drawnKeys = new Set(WORKOUT_BONES.map(([a, b]) => boneKey(a, b)));
const keys = (part: string) => bodyPartBones(part).map(([a, b]) => boneKey(a, b));

describe('body part landmarks', () => {
  it('lights up both sides of a part, and joints that the skeleton draws', () => {
    expect(bodyPartLandmarks('hips')).toEqual([L.leftHip, L.rightHip]);
    const drawn = new Set(WORKOUT_BONES.flat());
    for (const part of PARTS) {
      const points = bodyPartLandmarks(part);
      expect(points.length).toBeGreaterThan(1);
      for (const p of points) expect(drawn.has(p), `${part}: ${p}`).toBe(true);
    }
  });

  it('points every part at bones the skeleton draws', () => {
    for (const part of PARTS) {
      expect(keys(part).length, part).toBeGreaterThan(0);
      for (const key of keys(part)) expect(drawnKeys.has(key), `${part}: ${key}`).toBe(true);
    }
  });

  it('shows a sagging plank at the bend of the hip and a dropped head at the neck', () => {
    const hips = keys('hips');
    expect(hips).toContain(boneKey(L.leftShoulder, L.leftHip));
    expect(hips).toContain(boneKey(L.rightHip, L.rightKnee));
    expect(hips).not.toContain(boneKey(L.leftKnee, L.leftAnkle));
    expect(keys('neck')).toEqual([
      boneKey(L.leftEar, L.leftShoulder),
      boneKey(L.rightEar, L.rightShoulder),
    ]);
    expect(keys('head')).toContain(boneKey(L.leftEar, L.leftShoulder));
    expect(keys('knees')).not.toContain(boneKey(L.leftShoulder, L.leftHip));
  });

  it('lights nothing for no fault or an unknown part', () => {
    expect(bodyPartLandmarks(undefined)).toEqual([]);
    expect(bodyPartLandmarks('tail')).toEqual([]);
    expect(bodyPartBones('tail')).toEqual([]);
    expect(boneKey(24, 12)).toBe('12-24');
  });
});
