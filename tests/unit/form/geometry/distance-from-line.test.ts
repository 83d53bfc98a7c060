import { describe, expect, it } from 'vitest';
import {
  distanceBelowLine,
  signedDistanceFromLine,
} from '../../../../src/form/geometry/distance-from-line';

describe('signedDistanceFromLine', () => {
  it('gives the perpendicular distance with a sign for the side', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 4, y: 0 };
    expect(signedDistanceFromLine({ x: 2, y: 3 }, a, b)).toBeCloseTo(3);
    expect(signedDistanceFromLine({ x: 2, y: -3 }, a, b)).toBeCloseTo(-3);
    expect(signedDistanceFromLine({ x: 2, y: 3 }, b, a)).toBeCloseTo(-3);
  });
  it('is 0 for a degenerate line', () => {
    expect(signedDistanceFromLine({ x: 2, y: 3 }, { x: 1, y: 1 }, { x: 1, y: 1 })).toBe(0);
  });
});

describe('distanceBelowLine', () => {
  it('is positive below the line whichever way the line runs', () => {
    const shoulder = { x: 0, y: 0.5 };
    const ankle = { x: 1, y: 0.6 };
    const saggingHip = { x: 0.5, y: 0.65 };
    expect(distanceBelowLine(saggingHip, shoulder, ankle)).toBeGreaterThan(0);
    expect(distanceBelowLine(saggingHip, ankle, shoulder)).toBeGreaterThan(0);
    const pikedHip = { x: 0.5, y: 0.4 };
    expect(distanceBelowLine(pikedHip, shoulder, ankle)).toBeLessThan(0);
    expect(distanceBelowLine(pikedHip, ankle, shoulder)).toBeLessThan(0);
  });
});
