import { describe, expect, it } from 'vitest';
import {
  COCO_KEYPOINTS,
  MOVENET_MISSING_LANDMARKS,
  keypointsToPose,
  scoreToVisibility,
  type Keypoint,
} from '../../../src/pose/backends/movenet-keypoints';
import { LANDMARK, LANDMARK_COUNT } from '../../../src/pose/landmarks';

const keypoints: Keypoint[] = COCO_KEYPOINTS.map((_, i) => ({
  x: i / 20,
  y: 1 - i / 20,
  score: 0.9,
}));

describe('keypointsToPose', () => {
  it('puts each COCO keypoint on the landmark of the same name', () => {
    const pose = keypointsToPose(keypoints);
    expect(pose.landmarks).toHaveLength(LANDMARK_COUNT);
    COCO_KEYPOINTS.forEach((name, i) => {
      const l = pose.landmarks[LANDMARK[name]]!;
      expect([l.x, l.y]).toEqual([i / 20, 1 - i / 20]);
      expect(l.visibility).toBeGreaterThan(0.5);
    });
  });

  it('marks heels, foot tips, fingers and face details as not visible, on their nearest keypoint', () => {
    const pose = keypointsToPose(keypoints);
    for (const index of MOVENET_MISSING_LANDMARKS)
      expect(pose.landmarks[index]!.visibility).toBe(0);
    const ankle = pose.landmarks[LANDMARK.leftAnkle]!;
    const heel = pose.landmarks[LANDMARK.leftHeel]!;
    expect([heel.x, heel.y]).toEqual([ankle.x, ankle.y]);
    expect(MOVENET_MISSING_LANDMARKS).toHaveLength(LANDMARK_COUNT - 17);
  });

  it('has no depth: no world landmarks, z 0', () => {
    const pose = keypointsToPose(keypoints);
    expect(pose.worldLandmarks).toEqual([]);
    expect(pose.landmarks.every((l) => l.z === 0)).toBe(true);
  });
});

describe('scoreToVisibility', () => {
  it('maps the score MoveNet shows points from to the engine’s trust threshold, monotonically', () => {
    expect(scoreToVisibility(0.3)).toBeCloseTo(0.5);
    expect(scoreToVisibility(0)).toBe(0);
    expect(scoreToVisibility(1)).toBe(1);
    expect(scoreToVisibility(0.29)).toBeLessThan(0.5);
    expect(scoreToVisibility(0.6)).toBeGreaterThan(scoreToVisibility(0.4));
  });
});
