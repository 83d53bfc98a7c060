import { describe, expect, it } from 'vitest';
import {
  inclinationFromHorizontal,
  segmentAngleToHorizontal,
} from '../../../../src/form/geometry/segment-angle';

describe('segmentAngleToHorizontal', () => {
  it('measures with y pointing up', () => {
    expect(segmentAngleToHorizontal({ x: 0, y: 1 }, { x: 1, y: 1 })).toBeCloseTo(0);
    // Image y points down: a point with a smaller y is higher up.
    expect(segmentAngleToHorizontal({ x: 0, y: 1 }, { x: 0, y: 0 })).toBeCloseTo(90);
    expect(segmentAngleToHorizontal({ x: 0, y: 0 }, { x: -1, y: 1 })).toBeCloseTo(-135);
  });
});

describe('inclinationFromHorizontal', () => {
  it('is the same whichever way the segment points', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 1, y: -1 };
    expect(inclinationFromHorizontal(a, b)).toBeCloseTo(45);
    expect(inclinationFromHorizontal(b, a)).toBeCloseTo(45);
    expect(inclinationFromHorizontal(a, { x: 0, y: 2 })).toBeCloseTo(90);
    expect(inclinationFromHorizontal(a, { x: -3, y: 0 })).toBeCloseTo(0);
  });
});
