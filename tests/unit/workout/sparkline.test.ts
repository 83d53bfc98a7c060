import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../src/workout/sparkline';

const box = { width: 100, height: 50, padding: 5 };

describe('sparkline', () => {
  it('spreads values across the width, higher values drawn higher', () => {
    const line = sparkline([0, 50, 100], { ...box, min: 0, max: 100 });
    expect(line.path).toBe('M5 45 L50 25 L95 5');
    expect(line.points.map((p) => p.value)).toEqual([0, 50, 100]);
  });

  it('uses the values’ own range by default and clamps to a given one', () => {
    expect(sparkline([10, 20], box).path).toBe('M5 45 L95 5');
    expect(sparkline([-50, 150], { ...box, min: 0, max: 100 }).path).toBe('M5 45 L95 5');
  });

  it('breaks the line at a missing value', () => {
    const line = sparkline([0, null, 100, 50], { ...box, min: 0, max: 100 });
    expect(line.path).toBe('M5 45 M65 5 L95 25');
    expect(line.points).toHaveLength(3);
  });

  it('puts a flat series and a single value in the middle, and draws nothing for no values', () => {
    expect(sparkline([7, 7, 7], box).path).toBe('M5 25 L50 25 L95 25');
    expect(sparkline([42], box).points).toEqual([{ x: 50, y: 25, value: 42 }]);
    expect(sparkline([], box)).toEqual({ path: '', points: [] });
    expect(sparkline([null, null], box)).toEqual({ path: '', points: [] });
  });
});
