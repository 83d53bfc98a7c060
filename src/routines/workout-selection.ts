/** The routine chosen for the next workout, kept for this browser tab only. */
export const WORKOUT_ROUTINE_KEY = 'spine-coach.workout.routine';

type SessionLike = Pick<Storage, 'getItem' | 'setItem'>;

export function chooseWorkoutRoutine(storage: SessionLike, routineId: string): void {
  try {
    storage.setItem(WORKOUT_ROUTINE_KEY, routineId);
  } catch {
    // Without storage the coach simply starts without a chosen routine.
  }
}

export function chosenWorkoutRoutine(storage: SessionLike): string | undefined {
  try {
    return storage.getItem(WORKOUT_ROUTINE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
