import { readyRoutines } from '../content/catalogue';
import type { RoutineItem } from '../content/routine-schema';

/** The warm-up that opens every workout, as the ready routine `warm-up` defines it. */
export const WARM_UP_ITEMS: readonly RoutineItem[] =
  readyRoutines.find((r) => r.id === 'warm-up')?.items ?? [];
