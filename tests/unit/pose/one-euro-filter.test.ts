import { describe, expect, it } from 'vitest';
import { OneEuroFilter } from '../../../src/pose/one-euro-filter';

const params = { minCutoff: 1, beta: 0, dCutoff: 1 };

describe('OneEuroFilter', () => {
  it('passes the first value through', () => {
    expect(new OneEuroFilter(params).filter(0.42, 0)).toBe(0.42);
  });

  it('reduces jitter around a still value', () => {
    const filter = new OneEuroFilter(params);
    const out: number[] = [];
    for (let i = 0; i < 60; i++) out.push(filter.filter(0.5 + (i % 2 ? 0.02 : -0.02), i * 33));
    const tail = out.slice(30);
    const spread = Math.max(...tail) - Math.min(...tail);
    expect(spread).toBeLessThan(0.04 / 2);
  });

  it('follows a fast move more closely when beta is higher', () => {
    const run = (beta: number) => {
      const filter = new OneEuroFilter({ ...params, beta });
      let value = 0;
      for (let i = 0; i <= 10; i++) value = filter.filter(i * 0.05, i * 33);
      return value;
    };
    const target = 0.5;
    expect(Math.abs(target - run(20))).toBeLessThan(Math.abs(target - run(0)));
  });

  it('depends on time between samples, not on their count', () => {
    const fast = new OneEuroFilter(params);
    fast.filter(0, 0);
    const afterShortStep = fast.filter(1, 10);
    const slow = new OneEuroFilter(params);
    slow.filter(0, 0);
    const afterLongStep = slow.filter(1, 1000);
    expect(afterLongStep).toBeGreaterThan(afterShortStep);
  });

  it('repeats its output for a timestamp that is not newer, and reset starts afresh', () => {
    const filter = new OneEuroFilter(params);
    filter.filter(0, 0);
    const value = filter.filter(1, 100);
    expect(filter.filter(5, 100)).toBe(value);
    filter.reset();
    expect(filter.filter(5, 50)).toBe(5);
  });
});
