import { describe, expect, it } from 'vitest';
import { exerciseById, readyRoutines } from '../../../src/content/catalogue';
import { choosePlan } from '../../../src/workout/choose-plan';
import {
  goToStep,
  isFirstStep,
  isLastStep,
  nextStep,
  previousStep,
  startProgress,
} from '../../../src/workout/workout-progress';
import { planForRoutine } from '../../../src/workout/workout-steps';

const morning = readyRoutines.find((r) => r.id === 'morning')!;

describe('workout plan', () => {
  it('follows the routine in order, with the routine’s own dose laid over the catalogue’s', () => {
    const routine = {
      id: 'mine',
      name: 'Mine',
      summary: '',
      items: [
        { exerciseId: 'plank', dose: { holdSeconds: 45 } },
        { exerciseId: 'glute-bridge' },
        { exerciseId: 'no-such-exercise' },
      ],
    };
    const plan = planForRoutine(routine, exerciseById);
    expect(plan.steps.map((s) => s.exercise.id)).toEqual(['plank', 'glute-bridge']);
    expect(plan.steps[0]!.dose.holdSeconds).toBe(45);
    expect(plan.steps[0]!.dose.sets).toBe(exerciseById('plank')!.dose.sets);
    expect(plan.steps[1]!.dose).toEqual(exerciseById('glute-bridge')!.dose);
    expect(plan.missing).toEqual(['no-such-exercise']);
    expect(plan.routine).toEqual({ id: 'mine', name: 'Mine' });
  });

  it('prefers the exercise in the address over the chosen routine', () => {
    const choice = choosePlan({
      exerciseId: 'plank',
      routineId: 'morning',
      routines: readyRoutines,
      lookup: exerciseById,
    });
    expect(choice.ok && choice.plan.steps.map((s) => s.exercise.id)).toEqual(['plank']);
    expect(choice.ok && choice.plan.routine).toBeUndefined();
  });

  it('runs the chosen routine, and says why when there is nothing to run', () => {
    const chosen = choosePlan({
      routineId: 'morning',
      routines: readyRoutines,
      lookup: exerciseById,
    });
    expect(chosen.ok && chosen.plan.steps.length).toBe(morning.items.length);

    const none = choosePlan({ routines: readyRoutines, lookup: exerciseById });
    expect(!none.ok && none.message).toContain('No routine is chosen');
    const gone = choosePlan({
      routineId: 'deleted',
      routines: readyRoutines,
      lookup: exerciseById,
    });
    expect(!gone.ok && gone.message).toContain('no longer exists');
    const unknown = choosePlan({ exerciseId: 'flying', routines: [], lookup: exerciseById });
    expect(!unknown.ok && unknown.message).toContain('flying');
  });
});

describe('workout progress', () => {
  it('moves forward and back within the steps and remembers what was opened', () => {
    let p = startProgress(3);
    expect(isFirstStep(p)).toBe(true);
    p = previousStep(p);
    expect(p.index).toBe(0);
    p = nextStep(nextStep(p));
    expect(p.index).toBe(2);
    expect(isLastStep(p)).toBe(true);
    p = nextStep(p);
    expect(p.index).toBe(2);
    p = goToStep(previousStep(p), 0);
    expect(p.index).toBe(0);
    expect(p.visited).toEqual([0, 1, 2]);
  });

  it('clamps a jump outside the workout and copes with an empty one', () => {
    expect(goToStep(startProgress(4), 99).index).toBe(3);
    expect(goToStep(startProgress(4), -5).index).toBe(0);
    const empty = startProgress(0);
    expect(nextStep(empty)).toEqual(empty);
    expect(empty.visited).toEqual([]);
  });
});
