import { describe, expect, it } from 'vitest';
import {
  HISTORY_KEY,
  UNREADABLE_KEY,
  loadHistory,
  type KeyValueStore,
} from '../../../src/workout/history-store';
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

describe('history store', () => {
  it('sets damaged data aside with a clear message and saves new sessions as usual', async () => {
    const { store, data } = memoryStore();
    data.set(HISTORY_KEY, 'garbage');
    const loaded = await loadHistory(store);
    expect(loaded.sessions).toEqual([]);
    expect(loaded.problem).toContain('could not be read');
    expect(data.get(UNREADABLE_KEY)).toEqual(['garbage']);

    // Loading again does not set the same copy aside twice.
    await loadHistory(store);
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
});
