import { describe, expect, it } from 'vitest';
import { toPoses } from '../../../src/pose/landmarker-result';

describe('toPoses', () => {
  it('copies each pose with its world landmarks, defaulting missing visibility to 0', () => {
    const poses = toPoses({
      landmarks: [[{ x: 0.1, y: 0.2, z: 0.3, visibility: 0.8 }], [{ x: 0.5, y: 0.5, z: 0 }]],
      worldLandmarks: [[{ x: 1, y: 2, z: 3, visibility: 0.7 }], [{ x: 4, y: 5, z: 6 }]],
    });
    expect(poses).toEqual([
      {
        landmarks: [{ x: 0.1, y: 0.2, z: 0.3, visibility: 0.8 }],
        worldLandmarks: [{ x: 1, y: 2, z: 3, visibility: 0.7 }],
      },
      {
        landmarks: [{ x: 0.5, y: 0.5, z: 0, visibility: 0 }],
        worldLandmarks: [{ x: 4, y: 5, z: 6, visibility: 0 }],
      },
    ]);
  });

  it('gives no poses when nobody was found', () => {
    expect(toPoses({ landmarks: [], worldLandmarks: [] })).toEqual([]);
  });
});
