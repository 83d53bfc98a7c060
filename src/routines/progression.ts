import type { Dose } from '../content/exercise-schema';

export const DEFAULT_PLAN_WEEKS = 6;

export interface WeekDose {
  week: number;
  reps?: number;
  holdSeconds?: number;
  sets: number;
}

/**
 * Where to aim after a few weeks: the top of the programme's range where it gives one; otherwise
 * double the recommended 5 repetitions, or half as long again for a hold.
 */
export function progressionTarget(dose: Dose): Omit<WeekDose, 'week'> {
  const target = dose.target ?? {};
  return {
    reps: target.reps ?? (dose.reps !== undefined ? dose.reps * 2 : undefined),
    holdSeconds:
      target.holdSeconds ??
      (dose.holdSeconds !== undefined && dose.reps === undefined
        ? Math.round(dose.holdSeconds * 1.5)
        : dose.holdSeconds),
    sets: target.sets ?? dose.sets,
  };
}

function step(from: number | undefined, to: number | undefined, fraction: number) {
  if (from === undefined) return undefined;
  return Math.round(from + ((to ?? from) - from) * fraction);
}

/** A gradual increase, week by week, from the starting dose to the target. */
export function progressionPlan(dose: Dose, weeks = DEFAULT_PLAN_WEEKS): WeekDose[] {
  const target = progressionTarget(dose);
  return Array.from({ length: weeks }, (_, i) => {
    const fraction = weeks === 1 ? 1 : i / (weeks - 1);
    return {
      week: i + 1,
      reps: step(dose.reps, target.reps, fraction),
      holdSeconds: step(dose.holdSeconds, target.holdSeconds, fraction),
      sets: step(dose.sets, target.sets, fraction) ?? dose.sets,
    };
  });
}
