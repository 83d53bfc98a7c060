/** What the next workout is, kept for this browser tab only, across the check-in in between. */
export const WORKOUT_ROUTINE_KEY = 'spine-coach.workout.routine';
export const WORKOUT_ROUTE_KEY = 'spine-coach.workout.route';

/** The workout page's route when nothing more specific was chosen. */
export const DEFAULT_WORKOUT_ROUTE = 'workout';

type SessionLike = Pick<Storage, 'getItem' | 'setItem'>;

function write(storage: SessionLike, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // Without storage the workout page simply starts without a choice.
  }
}

function read(storage: SessionLike, key: string): string | undefined {
  try {
    return storage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A whole routine: the workout page reads it back with `chosenWorkoutRoutine`. */
export function chooseWorkoutRoutine(storage: SessionLike, routineId: string): void {
  write(storage, WORKOUT_ROUTINE_KEY, routineId);
  write(storage, WORKOUT_ROUTE_KEY, DEFAULT_WORKOUT_ROUTE);
}

/** One exercise on its own, by the workout page's `workout/<id>` route. */
export function chooseWorkoutExercise(storage: SessionLike, exerciseId: string): void {
  write(storage, WORKOUT_ROUTE_KEY, `${DEFAULT_WORKOUT_ROUTE}/${encodeURIComponent(exerciseId)}`);
}

export function chosenWorkoutRoutine(storage: SessionLike): string | undefined {
  return read(storage, WORKOUT_ROUTINE_KEY);
}

/** Where the check-in's "Start workout" leads. */
export function workoutRouteToStart(storage: SessionLike): string {
  return read(storage, WORKOUT_ROUTE_KEY) ?? DEFAULT_WORKOUT_ROUTE;
}
