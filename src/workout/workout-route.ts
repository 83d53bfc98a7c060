/** The workout page's routes, read from the location hash (without the "#"). */
export type WorkoutRoute =
  { page: 'workout'; exerciseId?: string } | { page: 'history'; workoutId?: string };

export function parseWorkoutRoute(route: string): WorkoutRoute | undefined {
  const [page, id, extra] = route.split('/');
  if (extra !== undefined) return undefined;
  if (page === 'history') {
    if (id === undefined) return { page };
    return id ? { page, workoutId: decodeURIComponent(id) } : undefined;
  }
  if (page !== 'workout') return undefined;
  if (id === undefined) return { page };
  return id ? { page, exerciseId: decodeURIComponent(id) } : undefined;
}

/** The exercise of a single-exercise workout route, if the route is one. */
export function workoutExerciseId(route: string): string | undefined {
  const parsed = parseWorkoutRoute(route);
  return parsed?.page === 'workout' ? parsed.exerciseId : undefined;
}

/** The workout a history route opens, if the route names one. */
export function historyWorkoutId(route: string): string | undefined {
  const parsed = parseWorkoutRoute(route);
  return parsed?.page === 'history' ? parsed.workoutId : undefined;
}
