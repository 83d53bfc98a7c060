import { describe, expect, it } from 'vitest';
import { buildBodyFrame, mostProminentPose } from '../../../../src/form/body/body-frame';
import { LANDMARK } from '../../../../src/pose/landmarks';
import { frameOf, sideViewFrame, sideViewPose } from '../helpers/synthetic-pose';
import { standingSide, straightForearmPlank } from '../helpers/figures';

describe('buildBodyFrame', () => {
  it('is null when nobody is in the frame', () => {
    expect(buildBodyFrame(frameOf([]))).toBeNull();
  });

  it('aspect-corrects the points and keeps the timestamp', () => {
    const body = buildBodyFrame(sideViewFrame(straightForearmPlank, { timestampMs: 40 }));
    expect(body).not.toBeNull();
    expect(body?.timestampMs).toBe(40);
    expect(body?.aspect).toBeCloseTo(1280 / 720);
    expect(body?.points[LANDMARK.leftHip]?.x).toBeCloseTo(0.5 * (1280 / 720));
    expect(body?.points[LANDMARK.leftHip]?.y).toBeCloseTo(0.585);
  });

  it('zeroes the visibility of landmarks outside the picture', () => {
    const offFrame = { ...straightForearmPlank, ankle: [1.2, 0.68] as [number, number] };
    const body = buildBodyFrame(sideViewFrame(offFrame));
    expect(body?.visibility[LANDMARK.leftAnkle]).toBe(0);
    expect(body?.visibility[LANDMARK.leftHip]).toBeGreaterThan(0.5);
  });

  it('picks the largest person, not the first listed', () => {
    const small = sideViewPose({
      shoulder: [0.1, 0.1],
      hip: [0.1, 0.15],
      ankle: [0.1, 0.2],
    });
    const large = sideViewPose(standingSide);
    expect(mostProminentPose(frameOf([small, large]))).toBe(large);
  });

  it('estimates a side view and the near side', () => {
    const left = buildBodyFrame(sideViewFrame(standingSide, { near: 'left' }));
    const right = buildBodyFrame(sideViewFrame(standingSide, { near: 'right' }));
    expect(left?.view).toBe('side');
    expect(left?.nearSide).toBe('left');
    expect(right?.nearSide).toBe('right');
  });
});
