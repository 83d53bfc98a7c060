import { describe, expect, it } from 'vitest';
import {
  LANDMARK,
  LANDMARK_COUNT,
  SKELETON_BONES,
  type Pose,
} from '../../../../src/pose/landmarks';
import { visibleBones } from '../../../../src/ui/coach/skeleton-drawing';

function pose(visibility: (index: number) => number): Pose {
  const landmarks = Array.from({ length: LANDMARK_COUNT }, (_, i) => ({
    x: i / LANDMARK_COUNT,
    y: 0.5,
    z: 0,
    visibility: visibility(i),
  }));
  return { landmarks, worldLandmarks: landmarks };
}

describe('visibleBones', () => {
  it('draws every bone of a fully visible pose, in pixels', () => {
    const bones = visibleBones(
      pose(() => 1),
      640,
      480,
    );
    expect(bones).toHaveLength(SKELETON_BONES.length);
    const [a, b] = SKELETON_BONES[0]!;
    expect(bones[0]).toEqual({
      x1: (a / LANDMARK_COUNT) * 640,
      y1: 240,
      x2: (b / LANDMARK_COUNT) * 640,
      y2: 240,
    });
  });

  it('leaves out bones with an end that is not visible enough', () => {
    const hidden = new Set<number>([LANDMARK.leftKnee]);
    const bones = visibleBones(
      pose((i) => (hidden.has(i) ? 0.2 : 0.9)),
      640,
      480,
    );
    const touchingKnee = SKELETON_BONES.filter(([a, b]) => hidden.has(a) || hidden.has(b));
    expect(touchingKnee.length).toBeGreaterThan(0);
    expect(bones).toHaveLength(SKELETON_BONES.length - touchingKnee.length);
  });

  it('draws nothing for a pose without landmarks', () => {
    expect(visibleBones({ landmarks: [], worldLandmarks: [] }, 640, 480)).toEqual([]);
  });
});
