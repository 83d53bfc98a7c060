import { describe, expect, it } from 'vitest';
import { signedBend } from '../../../../src/form/geometry/signed-bend';

describe('signedBend', () => {
  // A back lying level, hip at x=1, shoulder at x=0 (facing left), knees below (y down).
  const hip = { x: 1, y: 0 };
  const shoulder = { x: 0, y: 0 };
  const knee = { x: 1, y: 1 };

  it('is 0 with the tip in line', () => {
    expect(signedBend(hip, shoulder, { x: -0.3, y: 0 }, knee)).toBeCloseTo(0);
  });
  it('is positive bending toward the reference side, negative away', () => {
    expect(signedBend(hip, shoulder, { x: -0.3, y: 0.3 }, knee)).toBeCloseTo(45);
    expect(signedBend(hip, shoulder, { x: -0.3, y: -0.3 }, knee)).toBeCloseTo(-45);
  });
  it('keeps its meaning when the body faces the other way', () => {
    const mirrored = (p: { x: number; y: number }) => ({ x: -p.x, y: p.y });
    expect(
      signedBend(mirrored(hip), mirrored(shoulder), mirrored({ x: -0.3, y: 0.3 }), mirrored(knee)),
    ).toBeCloseTo(45);
  });
});
