import { describe, expect, it } from 'vitest';
import { fromCrop, fullFrameCrop, nextCrop } from '../../../src/pose/backends/movenet-crop';
import { COCO_KEYPOINTS, type Keypoint } from '../../../src/pose/backends/movenet-keypoints';

/** A small upright person in the middle of a 640x480 picture. */
function person(score = 0.9): Keypoint[] {
  const at: Record<string, [number, number]> = {
    leftShoulder: [0.48, 0.4],
    rightShoulder: [0.52, 0.4],
    leftHip: [0.48, 0.5],
    rightHip: [0.52, 0.5],
    leftAnkle: [0.48, 0.65],
    rightAnkle: [0.52, 0.65],
  };
  return COCO_KEYPOINTS.map((name) => {
    const [x, y] = at[name] ?? [0.5, 0.35];
    return { x, y, score };
  });
}

describe('MoveNet crop', () => {
  it('starts from the whole picture padded to a square', () => {
    const wide = fullFrameCrop(640, 480);
    expect([wide.yMin, wide.xMin, wide.yMax, wide.xMax].map((v) => +v.toFixed(6))).toEqual([
      -0.166667, 0, 1.166667, 1,
    ]);
    const tall = fullFrameCrop(480, 640);
    expect([tall.yMin, tall.xMin, tall.yMax, tall.xMax].map((v) => +v.toFixed(6))).toEqual([
      0, -0.166667, 1, 1.166667,
    ]);
  });

  it('closes in on a person whose torso is seen: a square around the hips holding the body', () => {
    const crop = nextCrop(person(), 640, 480);
    const side = (crop.xMax - crop.xMin) * 640;
    expect((crop.yMax - crop.yMin) * 480).toBeCloseTo(side);
    expect(side).toBeLessThan(480);
    expect((crop.xMin + crop.xMax) / 2).toBeCloseTo(0.5);
    expect((crop.yMin + crop.yMax) / 2).toBeCloseTo(0.5);
    // Every seen keypoint is inside.
    for (const k of person()) {
      expect(k.y).toBeGreaterThan(crop.yMin);
      expect(k.y).toBeLessThan(crop.yMax);
    }
  });

  it('goes back to the whole picture when the torso is not seen', () => {
    expect(nextCrop(person(0.1), 640, 480)).toEqual(fullFrameCrop(640, 480));
  });

  it('maps a point of the crop back to the picture', () => {
    const crop = { yMin: 0.2, xMin: 0.4, yMax: 0.6, xMax: 0.8 };
    expect(fromCrop(crop, 0.5, 0.25)).toEqual({ y: 0.4, x: 0.5 });
  });
});
