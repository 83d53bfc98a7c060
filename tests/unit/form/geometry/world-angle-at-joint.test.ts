import { describe, expect, it } from 'vitest';
import { worldAngleAtJoint } from '../../../../src/form/geometry/world-angle-at-joint';

describe('worldAngleAtJoint', () => {
  it('measures the angle in 3-D, whatever plane the limb is in', () => {
    const joint = { x: 0, y: 0, z: 0 };
    expect(worldAngleAtJoint({ x: 1, y: 0, z: 0 }, joint, { x: 0, y: 0, z: 1 })).toBeCloseTo(90);
    expect(worldAngleAtJoint({ x: 0, y: 1, z: 1 }, joint, { x: 0, y: -1, z: -1 })).toBeCloseTo(180);
    expect(worldAngleAtJoint({ x: 1, y: 1, z: 0 }, joint, { x: 1, y: 0, z: 0 })).toBeCloseTo(45);
  });

  it('is NaN for a segment without length', () => {
    const p = { x: 1, y: 2, z: 3 };
    expect(worldAngleAtJoint(p, p, { x: 0, y: 0, z: 0 })).toBeNaN();
  });
});
