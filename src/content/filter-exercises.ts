import type { CameraView, Category, Equipment, Exercise } from './exercise-schema';

/** The catalogue's filters; `undefined` means "any". */
export interface ExerciseFilter {
  category?: Category;
  equipment?: Equipment;
  view?: Exclude<CameraView, 'any'>;
}

/**
 * Exercises that match every filter set. A camera-view filter also keeps the exercises that work
 * from any view, because the person can film those from where the camera already stands.
 */
export function filterExercises(
  exercises: readonly Exercise[],
  filter: ExerciseFilter,
): Exercise[] {
  return exercises.filter(
    (e) =>
      (filter.category === undefined || e.category === filter.category) &&
      (filter.equipment === undefined || e.equipment.includes(filter.equipment)) &&
      (filter.view === undefined || e.camera.view === filter.view || e.camera.view === 'any'),
  );
}
