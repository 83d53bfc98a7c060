import { z } from 'zod';
import { routineSchema, type Routine } from '../content/routine-schema';

export const STORAGE_KEY = 'spine-coach.my-routines.v1';
/** Where unreadable saved data is set aside, so that saving again never destroys it. */
export const UNREADABLE_KEY = 'spine-coach.my-routines.unreadable';

/** The part of the Web Storage API the store uses; tests pass an in-memory one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface LoadResult {
  routines: Routine[];
  /** Set when some or all saved data could not be read; what could be read is still returned. */
  problem?: string;
}

export type SaveResult = { ok: true } | { ok: false; message: string };

const savedSchema = z.object({ version: z.literal(1), routines: z.array(z.unknown()) });

export function loadRoutines(storage: StorageLike): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { routines: [], problem: 'This browser does not let the app read its saved data.' };
  }
  if (raw === null) return { routines: [] };

  let saved: z.infer<typeof savedSchema>;
  try {
    saved = savedSchema.parse(JSON.parse(raw));
  } catch {
    setAside(storage, raw);
    return {
      routines: [],
      problem:
        'Your saved routines could not be read (the stored data is damaged). ' +
        'A copy was kept aside; you can build new routines now.',
    };
  }

  const routines: Routine[] = [];
  for (const entry of saved.routines) {
    const parsed = routineSchema.safeParse(entry);
    if (parsed.success) routines.push(parsed.data);
  }
  const skipped = saved.routines.length - routines.length;
  if (skipped === 0) return { routines };
  setAside(storage, raw);
  return {
    routines,
    problem: `${skipped} saved routine(s) could not be read and were left out; a copy of the data was kept aside.`,
  };
}

function setAside(storage: StorageLike, raw: string) {
  try {
    storage.setItem(UNREADABLE_KEY, raw);
  } catch {
    // The disk is full: the damaged data stays under its own key, which we then never overwrite.
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

function whyUnsavable(routine: Routine): string | undefined {
  if (routine.name.trim() === '') return 'Give the routine a name before saving.';
  if (routine.items.length === 0) {
    return `"${routine.name}" has no exercises yet: add at least one before saving.`;
  }
  const parsed = routineSchema.safeParse(routine);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return `"${routine.name}" cannot be saved: ${issue?.path.join('.')} ${issue?.message ?? ''}`.trim();
}

/** Saves every routine of the person; on failure nothing in memory is touched. */
export function saveRoutines(storage: StorageLike, routines: readonly Routine[]): SaveResult {
  for (const routine of routines) {
    const problem = whyUnsavable(routine);
    if (problem) return { ok: false, message: problem };
  }
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, routines }));
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      message: isQuotaError(error)
        ? 'Not saved: the browser storage for this site is full. Your changes are still here; free some space (for example clear other site data) and press Save again.'
        : 'Not saved: this browser refused to store the routine. Your changes are still here; try again.',
    };
  }
}
