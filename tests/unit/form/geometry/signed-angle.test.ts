import { describe, expect, it } from 'vitest';
import { signedAngleDeg } from '../../../../src/form/geometry/signed-angle';

describe('signedAngleDeg', () => {
  it('is positive turning clockwise on screen (y down) and negative the other way', () => {
    expect(signedAngleDeg({ x: 1, y: 0 }, { x: 0, y: 1 })).toBeCloseTo(90);
    expect(signedAngleDeg({ x: 1, y: 0 }, { x: 0, y: -1 })).toBeCloseTo(-90);
  });

  it('does not depend on the lengths of the two directions', () => {
    expect(signedAngleDeg({ x: 2, y: 0 }, { x: 5, y: 5 })).toBeCloseTo(45);
  });

  it('gives 180 for opposite directions and 0 for the same one', () => {
    expect(Math.abs(signedAngleDeg({ x: 1, y: 0 }, { x: -3, y: 0 }))).toBeCloseTo(180);
    expect(signedAngleDeg({ x: 0, y: 1 }, { x: 0, y: 4 })).toBeCloseTo(0);
  });
});
