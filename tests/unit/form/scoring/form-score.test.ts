import { describe, expect, it } from 'vitest';
import { createTimeWeightedMean, frameScore } from '../../../../src/form/scoring/form-score';

describe('frameScore', () => {
  it('is 100 without faults and drops with severity', () => {
    expect(frameScore([])).toBe(100);
    expect(frameScore([{ severity: 0.5 }])).toBeLessThan(100);
    expect(frameScore([{ severity: 1 }])).toBeLessThan(frameScore([{ severity: 0.5 }]));
  });
  it('never leaves 0-100', () => {
    expect(frameScore([{ severity: 1 }, { severity: 1 }, { severity: 1 }])).toBe(0);
    expect(frameScore([{ severity: -3 }])).toBe(100);
  });
});

describe('time-weighted mean', () => {
  it('weights by duration, not by frame count', () => {
    const mean = createTimeWeightedMean();
    mean.add(100, 3000);
    for (let i = 0; i < 30; i++) mean.add(40, 33.3);
    expect(mean.mean).toBeCloseTo((100 * 3000 + 40 * 999) / 3999, 5);
  });
  it('is null when empty and ignores zero durations', () => {
    const mean = createTimeWeightedMean();
    mean.add(10, 0);
    expect(mean.mean).toBeNull();
  });
});
