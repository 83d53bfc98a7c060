/** The workout page's routes, read from the location hash (without the "#"). */
export type WorkoutRoute = { page: 'workout'; exerciseId?: string } | { page: 'history' };

export function parseWorkoutRoute(route: string): WorkoutRoute | undefined {
  const [page, id, extra] = route.split('/');
  if (extra !== undefined) return undefined;
  if (page === 'history') return id === undefined ? { page } : undefined;
  if (page !== 'workout') return undefined;
  if (id === undefined) return { page };
  return id ? { page, exerciseId: decodeURIComponent(id) } : undefined;
}

/** The exercise of a single-exercise workout route, if the route is one. */
export function workoutExerciseId(route: string): string | undefined {
  const parsed = parseWorkoutRoute(route);
  return parsed?.page === 'workout' ? parsed.exerciseId : undefined;
}
