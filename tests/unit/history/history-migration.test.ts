import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HistoryDb } from '../../../src/history/history-db';
import { loadOverview } from '../../../src/history/history-queries';
import { migrateV1 } from '../../../src/history/v1-migration';
import { HISTORY_KEY, type KeyValueStore } from '../../../src/workout/history-store';
import { sessionRecordSchema } from '../../../src/workout/session-record';
import { freshName } from './helpers';

const V1 = JSON.parse(
  readFileSync(new URL('./fixtures/v1-history.json', import.meta.url), 'utf8'),
) as { version: 1; sessions: unknown[] };

/** Today's history store (idb-keyval, own database and object store), under a fresh name. */
async function v1StoreWith(entry: unknown): Promise<KeyValueStore> {
  const store = createStore(freshName(), 'records');
  await set(HISTORY_KEY, entry, store);
  return { get: (key) => get(key, store), set: (key, value) => set(key, value, store) };
}

describe('migration of the v1 history', () => {
  it('the fixture is a real v1 entry', () => {
    for (const session of V1.sessions) expect(sessionRecordSchema.parse(session)).toBeTruthy();
  });

  it('moves every session with its exercises, faults and ending, and keeps the old entry', async () => {
    const v1 = await v1StoreWith(V1);
    const db = new HistoryDb(freshName());
    expect(await migrateV1(db, v1)).toEqual({ migrated: 2 });
    const { workouts, setsByWorkout } = await loadOverview(db);
    expect(workouts.map((w) => [w.startedAt, w.ending, w.routine?.name ?? null])).toEqual([
      ['2026-11-28T07:42:10.512Z', 'finished', 'Morning back routine'],
      ['2026-11-26T18:05:00.000Z', 'interrupted', null],
    ]);
    const morning = setsByWorkout.get('5f0c2d7e-3b1a-4c8e-9a51-2f6d7c1e0b11')!;
    expect(morning.map((s) => [s.exerciseId, s.score, s.reps, s.holdSeconds, s.target])).toEqual([
      ['glute-bridge', 84, 10, 0, { kind: 'reps', reps: 10, perSide: false }],
      ['plank', 71, 0, 28.4, { kind: 'hold', holdSeconds: 30 }],
    ]);
    expect(morning[1]!.faults.map((f) => [f.id, f.seconds])).toEqual([
      ['hips-sagging', 6.2],
      ['head-dropping', 1.1],
    ]);
    const birdDog = setsByWorkout.get('a9e4b7c2-0d3f-4e61-8b2a-7c5d9e1f3a20')!;
    expect(birdDog[0]!.repsBySide).toEqual({ left: 2, right: 1 });
    expect(await v1.get(HISTORY_KEY)).toEqual(V1);
  });

  it('runs once: run again, or by two tabs at once, it stores each session once', async () => {
    const v1 = await v1StoreWith(V1);
    const name = freshName();
    const [a, b] = [new HistoryDb(name), new HistoryDb(name)];
    const results = await Promise.all([migrateV1(a, v1), migrateV1(b, v1)]);
    expect(results.map((r) => r.migrated).sort()).toEqual([0, 2]);
    expect(await migrateV1(a, v1)).toEqual({ migrated: 0 });
    expect(await a.workouts.count()).toBe(2);
    expect(await a.sets.count()).toBe(3);
  });

  it('keeps the readable sessions of a damaged entry and leaves a note for the page', async () => {
    const damaged = { version: 1, sessions: [V1.sessions[0], { id: 'x', broken: true }] };
    const v1 = await v1StoreWith(damaged);
    const db = new HistoryDb(freshName());
    const result = await migrateV1(db, v1);
    expect(result.migrated).toBe(1);
    const overview = await loadOverview(db);
    expect(overview.workouts).toHaveLength(1);
    expect(overview.note).toContain('could not be read');
  });

  it('waits for another start when the old store cannot be read', async () => {
    const db = new HistoryDb(freshName());
    const refusing: KeyValueStore = {
      get: () => Promise.reject(new Error('InvalidStateError')),
      set: () => Promise.reject(new Error('InvalidStateError')),
    };
    expect(await migrateV1(db, refusing)).toEqual({ migrated: 0, deferred: true });
    expect(await db.meta.count()).toBe(0);
  });
});
