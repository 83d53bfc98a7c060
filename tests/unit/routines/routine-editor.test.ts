import { describe, expect, it } from 'vitest';
import type { Routine } from '../../../src/content/routine-schema';
import {
  addExercise,
  moveItem,
  newRoutine,
  removeItem,
  setItemDose,
  startsWithWarmUp,
  withWarmUp,
} from '../../../src/routines/routine-editor';

const ids = (r: Routine) => r.items.map((i) => i.exerciseId);
const mine: Routine = {
  id: 'my-1',
  name: 'Mine',
  summary: '',
  items: [{ exerciseId: 'plank' }, { exerciseId: 'cat-cow' }, { exerciseId: 'bird-dog' }],
};

describe('routine editor', () => {
  it('adds at the end and removes by position', () => {
    expect(ids(addExercise(mine, 'cobra'))).toEqual(['plank', 'cat-cow', 'bird-dog', 'cobra']);
    expect(ids(removeItem(mine, 1))).toEqual(['plank', 'bird-dog']);
  });

  it('reorders, and ignores moves past either end', () => {
    expect(ids(moveItem(mine, 2, 0))).toEqual(['bird-dog', 'plank', 'cat-cow']);
    expect(ids(moveItem(mine, 0, 1))).toEqual(['cat-cow', 'plank', 'bird-dog']);
    expect(moveItem(mine, 0, -1)).toBe(mine);
    expect(moveItem(mine, 2, 3)).toBe(mine);
  });

  it('never changes the routine it was given', () => {
    const before = structuredClone(mine);
    moveItem(mine, 2, 0);
    setItemDose(mine, 0, { holdSeconds: 45 });
    expect(mine).toEqual(before);
  });

  it('sets a dose for one item, keeping what it set before', () => {
    const once = setItemDose(mine, 0, { holdSeconds: 45 });
    const twice = setItemDose(once, 0, { sets: 2 });
    expect(twice.items[0]!.dose).toEqual({ holdSeconds: 45, sets: 2 });
    expect(twice.items[1]!.dose).toBeUndefined();
  });

  it('puts the warm-up first without doubling warm-up exercises', () => {
    const warmUp = [{ exerciseId: 'standing-breathing' }, { exerciseId: 'head-circles' }];
    const scattered = addExercise(mine, 'head-circles');
    expect(startsWithWarmUp(scattered, warmUp)).toBe(false);
    const fixed = withWarmUp(scattered, warmUp);
    expect(ids(fixed)).toEqual([
      'standing-breathing',
      'head-circles',
      'plank',
      'cat-cow',
      'bird-dog',
    ]);
    expect(startsWithWarmUp(fixed, warmUp)).toBe(true);
  });

  it('gives a new routine an id no other routine has', () => {
    const first = newRoutine('A', new Set(), [], 1000);
    const second = newRoutine('B', new Set([first.id]), [], 1000);
    expect(second.id).not.toBe(first.id);
    expect(second.id).toMatch(/^my-[a-z0-9]+$/);
  });
});
