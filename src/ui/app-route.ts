import { parseWorkoutRoute, type WorkoutRoute } from '../workout/workout-route';
import { parseContentRoute, type ContentRoute } from './catalogue/content-route';

/** Which page the shell shows for a location hash (without the "#"). */
export type AppRoute =
  | { area: 'coach' }
  | { area: 'content'; route: ContentRoute }
  | { area: 'workout'; route: WorkoutRoute }
  | { area: 'not-found'; address: string };

export function resolveAppRoute(hash: string): AppRoute {
  if (hash === '' || hash === 'coach') return { area: 'coach' };
  const content = parseContentRoute(hash);
  if (content) return { area: 'content', route: content };
  const workout = parseWorkoutRoute(hash);
  if (workout) return { area: 'workout', route: workout };
  return { area: 'not-found', address: hash };
}

/** The navigation entry a route belongs to, so the header can mark where the person is. */
export type NavSection = 'coach' | 'catalogue' | 'routines' | 'checkin' | 'history';

export function navSection(route: AppRoute): NavSection | undefined {
  if (route.area === 'coach') return 'coach';
  if (route.area === 'workout') return route.route.page === 'history' ? 'history' : undefined;
  if (route.area !== 'content') return undefined;
  switch (route.route.page) {
    case 'catalogue':
    case 'exercise':
      return 'catalogue';
    case 'routines':
    case 'routine':
      return 'routines';
    case 'checkin':
      return 'checkin';
    default:
      return undefined;
  }
}
