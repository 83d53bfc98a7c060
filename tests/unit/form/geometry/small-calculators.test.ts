import { describe, expect, it } from 'vitest';
import { aspectCorrect } from '../../../../src/form/geometry/aspect-correct';
import { distance } from '../../../../src/form/geometry/distance';
import { midpoint } from '../../../../src/form/geometry/midpoint';
import { angleAtJoint } from '../../../../src/form/geometry/angle-at-joint';

describe('midpoint and distance', () => {
  it('halves and measures', () => {
    expect(midpoint({ x: 0, y: 2 }, { x: 4, y: 0 })).toEqual({ x: 2, y: 1 });
    expect(distance({ x: 0, y: 0 }, { x: 3, y: 4 })).toBe(5);
  });
});

describe('aspectCorrect', () => {
  it('scales x by width/height so that angles are true', () => {
    // A 45-degree line in a 16:9 picture spans more of the width than of the height, normalised.
    const a = aspectCorrect({ x: 0.25, y: 0.5 }, 1600, 900);
    const b = aspectCorrect({ x: 0.25 + 0.5 * (900 / 1600), y: 0 }, 1600, 900);
    const c = aspectCorrect({ x: 0.25 + 0.5 * (900 / 1600), y: 0.5 }, 1600, 900);
    expect(angleAtJoint(b, c, a)).toBeCloseTo(90);
    expect(angleAtJoint(b, a, c)).toBeCloseTo(45);
  });
  it('leaves a square frame as it is and survives a zero size', () => {
    expect(aspectCorrect({ x: 0.3, y: 0.7 }, 500, 500)).toEqual({ x: 0.3, y: 0.7 });
    expect(aspectCorrect({ x: 0.3, y: 0.7 }, 0, 0)).toEqual({ x: 0.3, y: 0.7 });
  });
});
