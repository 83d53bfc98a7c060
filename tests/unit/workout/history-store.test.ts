import { describe, expect, it } from 'vitest';
import {
  HISTORY_KEY,
  UNREADABLE_KEY,
  importSessions,
  loadHistory,
  saveSession,
  type KeyValueStore,
} from '../../../src/workout/history-store';
import { createSessionKeeper } from '../../../src/workout/session-keeper';
import { session } from './helpers/sessions';

/** An in-memory store that can be made to fail like a full disk or a refusing browser. */
function memoryStore() {
  const data = new Map<string, unknown>();
  let failWith: Error | undefined;
  const store: KeyValueStore = {
    get: (key) => Promise.resolve(structuredClone(data.get(key))),
    set: (key, value) => {
      if (failWith) return Promise.reject(failWith);
      data.set(key, structuredClone(value));
      return Promise.resolve();
    },
  };
  return {
    store,
    data,
    fail: (error: Error | undefined) => (failWith = error),
  };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('history store', () => {
  it('keeps sessions across loads, newest first, and replaces a session saved again', async () => {
    const { store } = memoryStore();
    expect(await loadHistory(store)).toEqual({ sessions: [] });
    await saveSession(store, session('a', '2026-11-20T09:00:00.000Z'));
    await saveSession(store, session('b', '2026-11-22T09:00:00.000Z'));
    await saveSession(store, session('a', '2026-11-20T09:00:00.000Z', 95));
    const { sessions, problem } = await loadHistory(store);
    expect(problem).toBeUndefined();
    expect(sessions.map((s) => s.id)).toEqual(['b', 'a']);
    expect(sessions[1]!.exercises[0]!.score).toBe(95);
  });

  it('says when the disk is full and keeps the unsaved session in memory for export', async () => {
    const { store, fail } = memoryStore();
    const keeper = createSessionKeeper(store);
    await keeper.save(session('a', '2026-11-20T09:00:00.000Z'));
    fail(quotaError());
    const done = session('b', '2026-11-21T09:00:00.000Z');
    const result = await keeper.save(done);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('quota');
    expect(!result.ok && result.message).toContain('full');
    expect(keeper.unsaved).toEqual(done);
    // What was stored before is untouched.
    expect((await loadHistory(store)).sessions.map((s) => s.id)).toEqual(['a']);

    fail(undefined);
    expect((await keeper.save(done)).ok).toBe(true);
    expect(keeper.unsaved).toBeUndefined();
    expect((await loadHistory(store)).sessions.map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('tells a refusing browser apart from a full one', async () => {
    const { store, fail } = memoryStore();
    fail(new Error('InvalidStateError'));
    const result = await saveSession(store, session('a', '2026-11-20T09:00:00.000Z'));
    expect(!result.ok && result.reason).toBe('refused');
  });

  it('sets damaged data aside with a clear message and saves new sessions as usual', async () => {
    const { store, data } = memoryStore();
    data.set(HISTORY_KEY, 'garbage');
    const loaded = await loadHistory(store);
    expect(loaded.sessions).toEqual([]);
    expect(loaded.problem).toContain('could not be read');
    expect(data.get(UNREADABLE_KEY)).toEqual(['garbage']);

    expect((await saveSession(store, session('a', '2026-11-20T09:00:00.000Z'))).ok).toBe(true);
    expect((await loadHistory(store)).sessions).toHaveLength(1);
    expect(data.get(UNREADABLE_KEY)).toEqual(['garbage']);
  });

  it('keeps the readable sessions when only some are damaged', async () => {
    const { store, data } = memoryStore();
    const good = session('a', '2026-11-20T09:00:00.000Z');
    data.set(HISTORY_KEY, { version: 1, sessions: [good, { id: 'b', startedAt: 'yesterday' }] });
    const loaded = await loadHistory(store);
    expect(loaded.sessions).toEqual([good]);
    expect(loaded.problem).toContain('1 saved session(s) could not be read');
    expect(data.get(UNREADABLE_KEY)).toHaveLength(1);
  });

  it('says when the browser will not even read its storage', async () => {
    const store: KeyValueStore = {
      get: () => Promise.reject(new Error('blocked')),
      set: () => Promise.resolve(),
    };
    const loaded = await loadHistory(store);
    expect(loaded.sessions).toEqual([]);
    expect(loaded.problem).toContain('does not let the app read');
  });

  it('imports only sessions it does not have, and loses nothing when the disk is full', async () => {
    const { store, fail } = memoryStore();
    await saveSession(store, session('a', '2026-11-20T09:00:00.000Z'));
    const imported = [
      session('a', '2026-11-20T09:00:00.000Z', 10),
      session('c', '2026-11-23T09:00:00.000Z'),
    ];
    expect(await importSessions(store, imported)).toEqual({ ok: true, added: 1, alreadyThere: 1 });
    const sessions = (await loadHistory(store)).sessions;
    expect(sessions.map((s) => s.id)).toEqual(['c', 'a']);
    expect(sessions[1]!.exercises[0]!.score).toBe(80);

    fail(quotaError());
    const full = await importSessions(store, [session('d', '2026-11-24T09:00:00.000Z')]);
    expect(!full.ok && full.message).toBe(
      'Not imported: the storage for this site is full. Your history is as it was.',
    );
    expect((await loadHistory(store)).sessions.map((s) => s.id)).toEqual(['c', 'a']);
  });
});
