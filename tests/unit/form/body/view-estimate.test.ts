import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { frameOf, frontViewPose, sideViewFrame } from '../helpers/synthetic-pose';
import { standingSide } from '../helpers/figures';

describe('estimateView', () => {
  it('tells side-on from square to the camera', () => {
    expect(buildBodyFrame(sideViewFrame(standingSide))?.view).toBe('side');
    expect(buildBodyFrame(frameOf([frontViewPose(standingSide)]))?.view).toBe('front');
  });

  it('reads a half-turned body as oblique', () => {
    const pose = frontViewPose(standingSide, { halfWidth: 0.035 });
    // Turned about 45 degrees: the near shoulder and hip are closer than the far ones.
    for (const [i, w] of pose.worldLandmarks.entries()) w.z = i % 2 === 1 ? -0.12 : 0.12;
    expect(buildBodyFrame(frameOf([pose]))?.view).toBe('oblique');
  });
});
