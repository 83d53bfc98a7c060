import type { AppRoute } from '../app-route';

/**
 * Whether to offer a waiting new version now. Reloading ends a running workout, so the offer
 * waits until the person has left the workout screen (the summary is part of it).
 */
export function shouldOfferUpdate(waiting: boolean, route: AppRoute): boolean {
  if (!waiting) return false;
  return !(route.area === 'workout' && route.route.page === 'workout');
}
