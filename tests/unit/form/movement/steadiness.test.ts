import { describe, expect, it } from 'vitest';
import { createSteadiness } from '../../../../src/form/movement/steadiness';

describe('steadiness', () => {
  it('stays within 1 while every measure trembles within its tolerance', () => {
    const steadiness = createSteadiness(1000, [0.1, 10]);
    const wanders = Array.from({ length: 30 }, (_, i) =>
      steadiness.update(i * 100, [0.04 * Math.sin(i), 4 * Math.cos(i)]),
    );
    expect(Math.max(...wanders)).toBeLessThanOrEqual(1);
  });

  it('measures each change against its own tolerance', () => {
    const steadiness = createSteadiness(1000, [0.1, 10]);
    steadiness.update(0, [0, 0]);
    expect(steadiness.update(100, [0.05, 25])).toBeCloseTo(2.5);
    expect(steadiness.update(200, [0.3, 25])).toBeCloseTo(3);
  });

  it('forgets what is older than the window, and everything on reset', () => {
    const steadiness = createSteadiness(1000, [1]);
    steadiness.update(0, [5]);
    expect(steadiness.update(500, [0])).toBeCloseTo(5);
    expect(steadiness.update(1600, [0])).toBe(0);
    steadiness.update(1700, [4]);
    steadiness.reset();
    expect(steadiness.update(1800, [0])).toBe(0);
  });
});
