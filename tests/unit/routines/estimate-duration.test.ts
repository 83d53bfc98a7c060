import { describe, expect, it } from 'vitest';
import type { Dose } from '../../../src/content/exercise-schema';
import {
  exerciseSeconds,
  formatDuration,
  routineSeconds,
  TRANSITION_SECONDS,
} from '../../../src/routines/estimate-duration';
import { exerciseById, readyRoutines } from '../../../src/content/catalogue';

const base = {
  sets: 1,
  restSeconds: 0,
  perSide: false,
  fromProgramme: true,
} satisfies Partial<Dose>;

describe('exerciseSeconds', () => {
  it('counts reps at their own pace, sets and the rests between them', () => {
    // 2 sets of 10 reps at 4 s, one 30 s rest between sets.
    const dose: Dose = { ...base, reps: 10, secondsPerRep: 4, sets: 2, restSeconds: 30 };
    expect(exerciseSeconds(dose)).toBe(2 * 40 + 30 + TRANSITION_SECONDS);
  });

  it('counts a plain hold once per set', () => {
    expect(exerciseSeconds({ ...base, holdSeconds: 30 })).toBe(30 + TRANSITION_SECONDS);
  });

  it('counts held reps as the hold plus getting in and out', () => {
    expect(exerciseSeconds({ ...base, reps: 5, holdSeconds: 10 })).toBe(
      5 * 13 + TRANSITION_SECONDS,
    );
  });

  it('doubles the work for each side and adds the change-over', () => {
    const one = exerciseSeconds({ ...base, reps: 5 });
    const both = exerciseSeconds({ ...base, reps: 5, perSide: true });
    expect(both - TRANSITION_SECONDS).toBe(2 * (one - TRANSITION_SECONDS) + 5);
  });
});

describe('ready routines', () => {
  const byId = (id: string) => readyRoutines.find((r) => r.id === id)!;
  const minutes = (id: string) => routineSeconds(byId(id), exerciseById) / 60;

  it('has the four the programme asks for', () => {
    for (const id of ['morning', 'back-strengthening', 'neck-desk', 'stretching']) {
      expect(byId(id), id).toBeDefined();
    }
  });

  it('keeps the warm-up about 10 minutes', () => {
    expect(minutes('warm-up')).toBeGreaterThanOrEqual(8);
    expect(minutes('warm-up')).toBeLessThanOrEqual(12);
  });

  it('keeps the morning routine about 15 minutes', () => {
    expect(minutes('morning')).toBeGreaterThanOrEqual(13);
    expect(minutes('morning')).toBeLessThanOrEqual(17);
  });

  it('keeps back strengthening between 20 and 30 minutes', () => {
    expect(minutes('back-strengthening')).toBeGreaterThanOrEqual(20);
    expect(minutes('back-strengthening')).toBeLessThanOrEqual(30);
  });

  it('starts every routine with the whole warm-up, in order', () => {
    const warmUp = byId('warm-up').items.map((i) => i.exerciseId);
    for (const routine of readyRoutines) {
      expect(
        routine.items.slice(0, warmUp.length).map((i) => i.exerciseId),
        routine.id,
      ).toEqual(warmUp);
    }
  });
});

describe('formatDuration', () => {
  it('rounds to the minute', () => {
    expect(formatDuration(925)).toBe('about 15 min');
    expect(formatDuration(89)).toBe('about 1 min');
    expect(formatDuration(44)).toBe('about 40 s');
  });
});
