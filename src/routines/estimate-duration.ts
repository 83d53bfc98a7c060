import type { Dose, Exercise } from '../content/exercise-schema';
import type { Routine } from '../content/routine-schema';
import { effectiveDose } from './effective-dose';

/** A slow, controlled repetition with no hold: the programme forbids sudden movements. */
export const DEFAULT_SECONDS_PER_REP = 3;
/** Getting into and out of a held repetition. */
export const HOLD_ENTRY_SECONDS = 3;
/** Changing to the other side (or direction) within a set. */
export const SIDE_SWITCH_SECONDS = 5;
/** Reading the next exercise and getting into place. */
export const TRANSITION_SECONDS = 15;

function repetitionSeconds(dose: Dose): number {
  if (dose.secondsPerRep !== undefined) return dose.secondsPerRep;
  return dose.holdSeconds !== undefined
    ? dose.holdSeconds + HOLD_ENTRY_SECONDS
    : DEFAULT_SECONDS_PER_REP;
}

/** Seconds one exercise takes at this dose, including rests and getting into place. */
export function exerciseSeconds(dose: Dose): number {
  const oneSide =
    dose.reps !== undefined ? dose.reps * repetitionSeconds(dose) : (dose.holdSeconds ?? 0);
  const set = dose.perSide ? 2 * oneSide + SIDE_SWITCH_SECONDS : oneSide;
  return dose.sets * set + (dose.sets - 1) * dose.restSeconds + TRANSITION_SECONDS;
}

/** Seconds the whole routine takes; exercises missing from the catalogue count as nothing. */
export function routineSeconds(
  routine: Pick<Routine, 'items'>,
  exerciseById: (id: string) => Exercise | undefined,
): number {
  return routine.items.reduce((total, item) => {
    const exercise = exerciseById(item.exerciseId);
    return exercise ? total + exerciseSeconds(effectiveDose(exercise.dose, item.dose)) : total;
  }, 0);
}

/** "about 15 min", rounded to the minute, as an estimate should be. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds / 10) * 10)} s`;
  return `about ${Math.round(seconds / 60)} min`;
}
