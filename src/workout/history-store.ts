import { z } from 'zod';
import { sessionRecordSchema, type SessionRecord } from './session-record';

export const HISTORY_KEY = 'spine-coach.history.v1';
/** Where unreadable stored data is set aside (a list), so that saving again never destroys it. */
export const UNREADABLE_KEY = 'spine-coach.history.unreadable';

/**
 * The first version of the history: one idb-keyval entry holding every session. Only read now,
 * by the migration into the history database (src/history); the entry is kept as a backup.
 */

/** Async key-value storage (idb-keyval in the app, a Map in tests). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface HistoryLoad {
  /** Newest first. */
  sessions: SessionRecord[];
  /** Set when some or all stored data could not be read; what could be read is still here. */
  problem?: string;
}

const storedSchema = z.object({ version: z.literal(1), sessions: z.array(z.unknown()) });

export function newestFirst(sessions: readonly SessionRecord[]): SessionRecord[] {
  return [...sessions].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** Reads the history; damaged data is set aside (never overwritten) and named in `problem`. */
export async function loadHistory(store: KeyValueStore): Promise<HistoryLoad> {
  let raw: unknown;
  try {
    raw = await store.get(HISTORY_KEY);
  } catch {
    return {
      sessions: [],
      problem: 'This browser does not let the app read its saved history (private mode?).',
    };
  }
  if (raw === undefined) return { sessions: [] };
  const stored = storedSchema.safeParse(raw);
  if (!stored.success) {
    await setAside(store, raw);
    return {
      sessions: [],
      problem:
        'Your saved history could not be read (the stored data is damaged). A copy was kept aside; new sessions are saved as usual.',
    };
  }
  const sessions: SessionRecord[] = [];
  for (const entry of stored.data.sessions) {
    const parsed = sessionRecordSchema.safeParse(entry);
    if (parsed.success) sessions.push(parsed.data);
  }
  const skipped = stored.data.sessions.length - sessions.length;
  if (skipped === 0) return { sessions: newestFirst(sessions) };
  await setAside(store, raw);
  return {
    sessions: newestFirst(sessions),
    problem: `${skipped} saved session(s) could not be read and were left out; a copy of the data was kept aside.`,
  };
}

async function setAside(store: KeyValueStore, raw: unknown) {
  try {
    const stored: unknown = await store.get(UNREADABLE_KEY);
    const aside: unknown[] = Array.isArray(stored) ? stored : [];
    // Loading again before the damaged data is replaced must not set the same copy aside twice.
    const copy = JSON.stringify(raw);
    if (aside.some((entry) => JSON.stringify(entry) === copy)) return;
    await store.set(UNREADABLE_KEY, [...aside, raw]);
  } catch {
    // Full or refusing: the damaged data stays where it is (nothing writes that key any more).
  }
}
