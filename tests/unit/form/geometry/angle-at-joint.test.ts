import { describe, expect, it } from 'vitest';
import { angleAtJoint } from '../../../../src/form/geometry/angle-at-joint';

describe('angleAtJoint', () => {
  it('is 180 for a straight limb and 90 for a right angle', () => {
    expect(angleAtJoint({ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 2, y: 0 })).toBeCloseTo(180);
    expect(angleAtJoint({ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 3 })).toBeCloseTo(90);
  });
  it('does not depend on segment lengths or order', () => {
    const a = { x: 0, y: 1 };
    const j = { x: 0, y: 0 };
    const c = { x: 5, y: 5 };
    expect(angleAtJoint(a, j, c)).toBeCloseTo(45);
    expect(angleAtJoint(c, j, a)).toBeCloseTo(45);
  });
  it('is NaN when a segment has no length', () => {
    expect(angleAtJoint({ x: 1, y: 1 }, { x: 1, y: 1 }, { x: 2, y: 2 })).toBeNaN();
  });
});
