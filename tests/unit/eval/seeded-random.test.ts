import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../eval/seeded-random';

describe('seeded random', () => {
  it('gives the same values for the same seed, in [0, 1), spread over the range', () => {
    const values = Array.from({ length: 1000 }, seededRandom(42));
    expect(Array.from({ length: 1000 }, seededRandom(42))).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400);
    expect(values.filter((v) => v < 0.5).length).toBeLessThan(600);
    expect(Array.from({ length: 1000 }, seededRandom(7))).not.toEqual(values);
  });
});
