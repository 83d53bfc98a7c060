import { describe, expect, it } from 'vitest';
import { createAngleTravel } from './angle-travel';

describe('createAngleTravel', () => {
  it('reads a few degrees of tremble as a few degrees', () => {
    const travel = createAngleTravel(600);
    const angles = [170, 172, 169, 171, 170, 173, 170];
    const results = angles.map((a, i) => travel.update(i * 100, [a, 160]));
    expect(Math.max(...results)).toBe(4);
  });

  it('reports the largest change of any angle against any moment of the window', () => {
    const travel = createAngleTravel(600);
    travel.update(0, [170, 160]);
    travel.update(100, [120, 160]);
    travel.update(200, [80, 160]);
    // Back where it started: still 90 degrees away from the knee drawn in 100 ms ago.
    expect(travel.update(300, [170, 160])).toBe(90);
    expect(travel.update(300 + 100, [170, 158])).toBe(90);
  });

  it('forgets what is older than the window', () => {
    const travel = createAngleTravel(600);
    travel.update(0, [80, 160]);
    travel.update(100, [170, 160]);
    expect(travel.update(600, [170, 160])).toBe(90);
    expect(travel.update(700, [170, 160])).toBe(0);
  });

  it('leaves out angles that cannot be measured instead of counting them as movement', () => {
    const travel = createAngleTravel(600);
    travel.update(0, [170, Number.NaN]);
    travel.update(100, [Number.NaN, 160]);
    expect(travel.update(200, [171, 162])).toBe(2);
    expect(travel.update(300, [Number.NaN, Number.NaN])).toBe(0);
  });

  it('starts over when time goes backwards (a new recording)', () => {
    const travel = createAngleTravel(600);
    travel.update(5000, [80]);
    expect(travel.update(0, [170])).toBe(0);
  });
});
