import { describe, expect, it } from 'vitest';
import type { ExerciseTargets } from '../../../src/workout/exercise-targets';
import {
  createSetProgress,
  setEventLine,
  shareDone,
  type WorkDone,
} from '../../../src/workout/set-progress';

const reps = (count: number, left = 0, right = 0): WorkDone => ({
  holdSeconds: 0,
  reps: count,
  repsBySide: { left, right },
});
const held = (seconds: number): WorkDone => ({
  holdSeconds: seconds,
  reps: 0,
  repsBySide: { left: 0, right: 0 },
});

describe('shareDone', () => {
  it('counts per-side work by the weaker side', () => {
    const targets: ExerciseTargets = { kind: 'reps', reps: 10, perSide: true };
    expect(shareDone(targets, reps(9, 6, 3))).toBeCloseTo(0.3);
  });

  it('never goes past the whole target', () => {
    expect(shareDone({ kind: 'hold', holdSeconds: 60 }, held(75))).toBe(1);
  });
});

describe('set progress', () => {
  const threeByTen: ExerciseTargets = { kind: 'reps', reps: 30, perSide: false };

  it('announces each finished set but the last, with a rest countdown after it', () => {
    const sets = createSetProgress(threeByTen, { sets: 3, restSeconds: 30 });
    expect(sets.update(reps(9), 0)).toEqual([]);
    expect(sets.status(0)).toEqual({ set: 1, sets: 3 });
    expect(sets.update(reps(10), 1000)).toEqual([
      { type: 'set-done', set: 1, sets: 3, restSeconds: 30 },
    ]);
    expect(sets.status(1000)).toEqual({ set: 2, sets: 3, restLeftSeconds: 30 });
    expect(sets.status(11_500)).toEqual({ set: 2, sets: 3, restLeftSeconds: 20 });
    expect(sets.update(reps(10), 30_999)).toEqual([]);
    expect(sets.update(reps(10), 31_000)).toEqual([{ type: 'rest-over', nextSet: 2, sets: 3 }]);
    expect(sets.status(31_000)).toEqual({ set: 2, sets: 3 });
    sets.update(reps(20), 40_000);
    expect(sets.update(reps(21), 70_000)).toEqual([{ type: 'rest-over', nextSet: 3, sets: 3 }]);
    // The last set ends the exercise: no rest and no line of its own.
    expect(sets.update(reps(30), 90_000)).toEqual([]);
    expect(sets.status(90_000)).toEqual({ set: 3, sets: 3 });
  });

  it('keeps counting work done during the rest toward the next set', () => {
    const sets = createSetProgress(threeByTen, { sets: 3, restSeconds: 30 });
    sets.update(reps(10), 0);
    const events = sets.update(reps(20), 5000);
    expect(events).toEqual([{ type: 'set-done', set: 2, sets: 3, restSeconds: 30 }]);
    expect(sets.status(5000)).toEqual({ set: 3, sets: 3, restLeftSeconds: 30 });
  });

  it('finishes a held set on the exact target despite frame-time rounding', () => {
    const sets = createSetProgress({ kind: 'hold', holdSeconds: 90 }, { sets: 3, restSeconds: 0 });
    let seconds = 0;
    for (let i = 0; i < 300; i++) seconds += 0.1; // 29.99999999999...
    expect(sets.update(held(seconds), 0)).toEqual([
      { type: 'set-done', set: 1, sets: 3, restSeconds: 0 },
    ]);
    expect(sets.status(0)).toEqual({ set: 2, sets: 3 });
  });

  it('says the set, the rest and the next set in words', () => {
    expect(setEventLine({ type: 'set-done', set: 1, sets: 3, restSeconds: 30 })).toBe(
      'Set 1 of 3 done. Rest for 30 seconds.',
    );
    expect(setEventLine({ type: 'set-done', set: 2, sets: 3, restSeconds: 0 })).toBe(
      'Set 2 of 3 done. Go on with the next set.',
    );
    expect(setEventLine({ type: 'rest-over', nextSet: 3, sets: 3 })).toBe(
      'Rest over. Set 3 of 3: start when you are ready.',
    );
  });
});
