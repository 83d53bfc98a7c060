import type { Dose, Exercise } from '../content/exercise-schema';
import type { Routine } from '../content/routine-schema';
import { effectiveDose } from '../routines/effective-dose';

/** One exercise of a workout, with the dose the routine asks for. */
export interface WorkoutStep {
  exercise: Exercise;
  dose: Dose;
}

export interface WorkoutPlan {
  /** The routine the workout follows; absent for a single exercise. */
  routine?: { id: string; name: string };
  steps: WorkoutStep[];
  /** Routine items that name no exercise of the catalogue (left out, but said). */
  missing: string[];
}

type Lookup = (id: string) => Exercise | undefined;

export function planForRoutine(routine: Routine, lookup: Lookup): WorkoutPlan {
  const steps: WorkoutStep[] = [];
  const missing: string[] = [];
  for (const item of routine.items) {
    const exercise = lookup(item.exerciseId);
    if (exercise) steps.push({ exercise, dose: effectiveDose(exercise.dose, item.dose) });
    else missing.push(item.exerciseId);
  }
  return { routine: { id: routine.id, name: routine.name }, steps, missing };
}

export function planForExercise(exercise: Exercise): WorkoutPlan {
  return { steps: [{ exercise, dose: exercise.dose }], missing: [] };
}
