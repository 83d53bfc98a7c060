import type { Exercise } from '../content/exercise-schema';
import type { Routine } from '../content/routine-schema';
import { planForExercise, planForRoutine, type WorkoutPlan } from './workout-steps';

export type PlanChoice = { ok: true; plan: WorkoutPlan } | { ok: false; message: string };

/** The workout to run: the exercise named in the address, else the routine chosen for this tab. */
export function choosePlan(options: {
  exerciseId?: string;
  routineId?: string;
  routines: readonly Routine[];
  lookup: (id: string) => Exercise | undefined;
}): PlanChoice {
  const { exerciseId, routineId, routines, lookup } = options;
  if (exerciseId !== undefined) {
    const exercise = lookup(exerciseId);
    return exercise
      ? { ok: true, plan: planForExercise(exercise) }
      : { ok: false, message: `There is no exercise called “${exerciseId}”.` };
  }
  if (routineId === undefined) {
    return {
      ok: false,
      message:
        'No routine is chosen yet: pick one on the Routines page, or start a single exercise from its page.',
    };
  }
  const routine = routines.find((r) => r.id === routineId);
  if (!routine) {
    return {
      ok: false,
      message: `The chosen routine (“${routineId}”) no longer exists: pick another.`,
    };
  }
  const plan = planForRoutine(routine, lookup);
  return plan.steps.length > 0
    ? { ok: true, plan }
    : { ok: false, message: `“${routine.name}” has no exercise the app knows.` };
}
