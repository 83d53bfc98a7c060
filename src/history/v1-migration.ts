import { HISTORY_KEY, loadHistory, type KeyValueStore } from '../workout/history-store';
import type { SessionRecord } from '../workout/session-record';
import type { HistoryDb } from './history-db';
import type { SetRow, WorkoutRow } from './history-records';

export const V1_MIGRATED = 'v1-migrated';

/** A v1 session (one idb-keyval entry held them all) as a workout and one set per exercise. */
export function rowsFromV1(session: SessionRecord): { workout: WorkoutRow; sets: SetRow[] } {
  const workout: WorkoutRow = {
    id: session.id,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    routine: session.routine,
    ending: session.finished ? 'finished' : 'interrupted',
  };
  const sets = session.exercises.map((record, seq): SetRow => ({
    id: `${session.id}/${seq}`,
    workoutId: session.id,
    seq,
    exerciseId: record.exerciseId,
    name: record.name,
    setNumber: 1,
    setsPrescribed: 1,
    target:
      record.targetReps !== undefined
        ? { kind: 'reps', reps: record.targetReps, perSide: record.perSide }
        : record.targetHoldSeconds !== undefined
          ? { kind: 'hold', holdSeconds: record.targetHoldSeconds }
          : null,
    startedAt: session.startedAt,
    durationMs: Math.round(record.secondsInPosition * 1000),
    holdSeconds: record.holdSeconds,
    reps: record.reps,
    repsBySide: { ...record.repsBySide },
    score: record.score,
    secondsInPosition: record.secondsInPosition,
    faults: record.faults.map((f) => ({ id: f.id, cue: f.cue, seconds: f.seconds, spans: [] })),
  }));
  return { workout, sets };
}

export type MigrationResult =
  { migrated: number; problem?: string } | { migrated: 0; deferred: true };

/**
 * Copies today's idb-keyval history into the database, once. The old entry is left where it is
 * (a backup; nothing reads it afterwards). Sessions already in the database are not touched, so
 * two tabs migrating at once, or a migration cut short and run again, store each session once.
 */
export async function migrateV1(db: HistoryDb, v1: KeyValueStore): Promise<MigrationResult> {
  if (await db.meta.get(V1_MIGRATED)) return { migrated: 0 };
  try {
    await v1.get(HISTORY_KEY);
  } catch {
    // The old store cannot be read now: try again on the next start rather than mark it done.
    return { migrated: 0, deferred: true };
  }
  const { sessions, problem } = await loadHistory(v1);
  let migrated = 0;
  await db.transaction('rw', [db.workouts, db.sets, db.meta], async () => {
    if (await db.meta.get(V1_MIGRATED)) return;
    for (const session of sessions) {
      if (await db.workouts.get(session.id)) continue;
      const { workout, sets } = rowsFromV1(session);
      await db.workouts.add(workout);
      await db.sets.bulkAdd(sets);
      migrated += 1;
    }
    await db.meta.put({
      key: V1_MIGRATED,
      at: new Date().toISOString(),
      ...(problem ? { note: problem } : {}),
    });
  });
  return problem ? { migrated, problem } : { migrated };
}
