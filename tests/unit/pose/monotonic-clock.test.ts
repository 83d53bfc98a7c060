import { describe, expect, it } from 'vitest';
import { MonotonicClock } from '../../../src/pose/monotonic-clock';

describe('MonotonicClock', () => {
  it('passes increasing timestamps through unchanged', () => {
    const clock = new MonotonicClock();
    expect([10, 43, 76].map((t) => clock.next(t))).toEqual([10, 43, 76]);
  });

  it('bumps a repeated timestamp by 1 ms', () => {
    const clock = new MonotonicClock();
    expect([10, 10, 10].map((t) => clock.next(t))).toEqual([10, 11, 12]);
  });

  it('keeps the spacing of frames after time goes back (a file opened again)', () => {
    const clock = new MonotonicClock();
    clock.next(5000);
    expect([0, 33, 66].map((t) => clock.next(t))).toEqual([5001, 5034, 5067]);
  });
});
