import { describe, expect, it } from 'vitest';
import { raiseFromDown, worldElevation } from '../../../../src/form/geometry/elevation';

describe('raiseFromDown', () => {
  it('is 0 hanging down, 90 level and 180 straight up, either way', () => {
    const root = { x: 1, y: 1 };
    expect(raiseFromDown(root, { x: 1, y: 2 })).toBeCloseTo(0);
    expect(raiseFromDown(root, { x: 0, y: 1 })).toBeCloseTo(90);
    expect(raiseFromDown(root, { x: 2, y: 1 })).toBeCloseTo(90);
    expect(raiseFromDown(root, { x: 1, y: 0 })).toBeCloseTo(180);
    expect(raiseFromDown(root, root)).toBeNaN();
  });
});

describe('worldElevation', () => {
  it('measures the lift above the horizontal in 3-D (y down), even toward the camera', () => {
    const root = { x: 0, y: 0, z: 0 };
    expect(worldElevation(root, { x: 1, y: -1, z: 0 })).toBeCloseTo(45);
    expect(worldElevation(root, { x: 0, y: -1, z: -1 })).toBeCloseTo(45);
    expect(worldElevation(root, { x: 0, y: 0.5, z: 0 })).toBeCloseTo(-90);
  });
});
