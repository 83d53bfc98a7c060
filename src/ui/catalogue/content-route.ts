/** The pages this part of the app owns, read from the location hash (without the "#"). */
export type ContentRoute =
  | { page: 'catalogue' }
  | { page: 'exercise'; id: string }
  | { page: 'checkin' }
  | { page: 'stop' }
  | { page: 'routines' }
  | { page: 'routine'; id: string };

export function parseContentRoute(route: string): ContentRoute | undefined {
  const [page, id] = route.split('/', 2);
  switch (page) {
    case 'catalogue':
    case 'checkin':
    case 'stop':
    case 'routines':
      return id === undefined ? { page } : undefined;
    case 'exercise':
    case 'routine':
      return id ? { page, id: decodeURIComponent(id) } : undefined;
    default:
      return undefined;
  }
}
