import { z } from 'zod';
import { sessionRecordSchema, type SessionRecord } from './session-record';

export const HISTORY_KEY = 'spine-coach.history.v1';
/** Where unreadable stored data is set aside (a list), so that saving again never destroys it. */
export const UNREADABLE_KEY = 'spine-coach.history.unreadable';

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

export type HistorySave =
  { ok: true } | { ok: false; reason: 'quota' | 'refused'; message: string };

const storedSchema = z.object({ version: z.literal(1), sessions: z.array(z.unknown()) });

export function newestFirst(sessions: readonly SessionRecord[]): SessionRecord[] {
  return [...sessions].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
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
    // Full or refusing: the damaged data stays where it is; we rewrite that key only on a save.
  }
}

async function write(
  store: KeyValueStore,
  sessions: readonly SessionRecord[],
): Promise<HistorySave> {
  try {
    await store.set(HISTORY_KEY, { version: 1, sessions: newestFirst(sessions) });
    return { ok: true };
  } catch (error) {
    return isQuotaError(error)
      ? {
          ok: false,
          reason: 'quota',
          message:
            'Not saved: the storage for this site is full. Your session is kept on this page: export it as a file, then free some space.',
        }
      : {
          ok: false,
          reason: 'refused',
          message:
            'Not saved: this browser refused to store the session. It is kept on this page: export it as a file.',
        };
  }
}

/** Adds a session, or replaces the one with the same id (a workout saved again as it goes on). */
export async function saveSession(
  store: KeyValueStore,
  session: SessionRecord,
): Promise<HistorySave> {
  const { sessions } = await loadHistory(store);
  return write(store, [...sessions.filter((s) => s.id !== session.id), session]);
}

export type HistoryImport =
  { ok: true; added: number; alreadyThere: number } | { ok: false; message: string };

/** Adds imported sessions; sessions already stored (same id) are kept as they are. */
export async function importSessions(
  store: KeyValueStore,
  imported: readonly SessionRecord[],
): Promise<HistoryImport> {
  const { sessions } = await loadHistory(store);
  const known = new Set(sessions.map((s) => s.id));
  const added = imported.filter((s) => !known.has(s.id));
  if (added.length === 0) return { ok: true, added: 0, alreadyThere: imported.length };
  const saved = await write(store, [...sessions, ...added]);
  if (!saved.ok) {
    const why =
      saved.reason === 'quota'
        ? 'the storage for this site is full'
        : 'this browser refused to store it';
    return { ok: false, message: `Not imported: ${why}. Your history is as it was.` };
  }
  return { ok: true, added: added.length, alreadyThere: imported.length - added.length };
}
