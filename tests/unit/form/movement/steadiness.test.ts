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

describe('steadiness of joint angles', () => {
  it('reports the largest change of any angle against any moment of the window', () => {
    const steadiness = createSteadiness(600, [1, 1]);
    steadiness.update(0, [170, 160]);
    steadiness.update(100, [120, 160]);
    steadiness.update(200, [80, 160]);
    // Back where it started: still 90 degrees away from the knee drawn in 100 ms ago.
    expect(steadiness.update(300, [170, 160])).toBe(90);
    expect(steadiness.update(400, [170, 158])).toBe(90);
  });

  it('leaves out angles that cannot be measured instead of counting them as movement', () => {
    const steadiness = createSteadiness(600, [1, 1]);
    steadiness.update(0, [170, Number.NaN]);
    steadiness.update(100, [Number.NaN, 160]);
    expect(steadiness.update(200, [171, 162])).toBe(2);
    expect(steadiness.update(300, [Number.NaN, Number.NaN])).toBe(0);
  });

  it('starts over when time goes backwards (a new recording)', () => {
    const steadiness = createSteadiness(600, [1]);
    steadiness.update(5000, [80]);
    expect(steadiness.update(0, [170])).toBe(0);
  });
});
