import { chooseWorkoutExercise, chooseWorkoutRoutine } from '../../routines/workout-selection';

/** Every workout starts at the check-in; the choice waits in this tab's session. */
export function startWorkout(routineId: string): void {
  chooseWorkoutRoutine(sessionStorage, routineId);
  location.hash = '#checkin';
}

export function practiseExercise(exerciseId: string): void {
  chooseWorkoutExercise(sessionStorage, exerciseId);
  location.hash = '#checkin';
}
