import { describe, expect, it } from 'vitest';
import {
  containsTime,
  mergeIntervals,
  overlapLength,
  overlaps,
  totalLength,
  widen,
} from '../../eval/intervals';

describe('intervals', () => {
  it('merges overlapping and touching intervals, in order', () => {
    expect(
      mergeIntervals([
        [5, 6],
        [0, 2],
        [1, 3],
        [3, 4],
      ]),
    ).toEqual([
      [0, 4],
      [5, 6],
    ]);
  });

  it('widens both edges, never below zero, and merges what now overlaps', () => {
    expect(
      widen(
        [
          [0.2, 1],
          [1.6, 2],
        ],
        0.5,
      ),
    ).toEqual([[0, 2.5]]);
  });

  it('counts overlapping time once', () => {
    expect(
      totalLength([
        [0, 2],
        [1, 3],
        [10, 11],
      ]),
    ).toBe(4);
  });

  it('measures how much of an interval others cover', () => {
    expect(
      overlapLength(
        [1, 5],
        [
          [0, 2],
          [4, 10],
        ],
      ),
    ).toBe(2);
    expect(overlapLength([1, 5], [[6, 7]])).toBe(0);
  });

  it('tells whether a time or an interval touches the set', () => {
    expect(containsTime([[1, 2]], 2)).toBe(true);
    expect(containsTime([[1, 2]], 2.01)).toBe(false);
    expect(overlaps([2.5, 3], [[1, 2]])).toBe(false);
    expect(overlaps([1.5, 3], [[1, 2]])).toBe(true);
  });
});
