import { describe, expect, it } from 'vitest';
import { LANDMARK } from '../../pose/landmarks';
import { hipStackDeg } from './hip-stack';

/** World landmarks with the left hip at `left` and the right one at `right` (metres, y down). */
function world(left: [number, number, number], right: [number, number, number]) {
  const points = Array.from({ length: 33 }, () => ({ x: 0, y: 0, z: 0 }));
  points[LANDMARK.leftHip] = { x: left[0], y: left[1], z: left[2] };
  points[LANDMARK.rightHip] = { x: right[0], y: right[1], z: right[2] };
  return { world: points };
}

describe('hipStackDeg', () => {
  it('is near 0 with the hips level and 90 with them stacked, whichever hip is up', () => {
    expect(hipStackDeg(world([0.1, 0, 0], [-0.1, 0, 0.05]))).toBeCloseTo(0);
    expect(hipStackDeg(world([0, -0.2, 0], [0, 0, 0]))).toBeCloseTo(90);
    expect(hipStackDeg(world([0, 0, 0], [0, -0.2, 0]))).toBeCloseTo(90);
    expect(hipStackDeg(world([0.1, -0.1, 0], [0, 0, 0]))).toBeCloseTo(45);
  });

  it('is NaN without world landmarks or with the hips on one point', () => {
    expect(hipStackDeg({ world: [] })).toBeNaN();
    expect(hipStackDeg(world([0, 0, 0], [0, 0, 0]))).toBeNaN();
  });
});
