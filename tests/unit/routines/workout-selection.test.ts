import { describe, expect, it } from 'vitest';
import {
  chooseWorkoutExercise,
  chooseWorkoutRoutine,
  chosenWorkoutRoutine,
  workoutRouteToStart,
} from '../../../src/routines/workout-selection';

function memory() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('workout selection', () => {
  it('leads to the plain workout page when nothing was chosen', () => {
    expect(workoutRouteToStart(memory())).toBe('workout');
    expect(chosenWorkoutRoutine(memory())).toBeUndefined();
  });

  it('keeps the chosen routine for the workout page', () => {
    const storage = memory();
    chooseWorkoutExercise(storage, 'plank');
    chooseWorkoutRoutine(storage, 'morning');
    expect(chosenWorkoutRoutine(storage)).toBe('morning');
    expect(workoutRouteToStart(storage)).toBe('workout');
  });

  it('leads to one exercise when one was chosen', () => {
    const storage = memory();
    chooseWorkoutExercise(storage, 'glute-bridge');
    expect(workoutRouteToStart(storage)).toBe('workout/glute-bridge');
  });

  it('survives a browser that refuses storage', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    chooseWorkoutRoutine(broken, 'morning');
    expect(workoutRouteToStart(broken)).toBe('workout');
  });
});
