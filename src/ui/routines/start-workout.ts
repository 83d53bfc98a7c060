import { chooseWorkoutRoutine } from '../../routines/workout-selection';

/** Every workout starts at the check-in; the chosen routine waits in this tab's session. */
export function startWorkout(routineId: string): void {
  chooseWorkoutRoutine(sessionStorage, routineId);
  location.hash = '#checkin';
}
