import type { HistoryDb } from './history-db';
import type { RepRow, SetRow, TrackChunk, WorkoutRow } from './history-records';
import { V1_MIGRATED } from './v1-migration';

/** What the History page shows: every workout (newest first) with its sets, never the tracks. */
export interface HistoryOverview {
  workouts: WorkoutRow[];
  /** Sets by workout id, in the workout's order. */
  setsByWorkout: Map<string, SetRow[]>;
  /** A note left by the migration of the old history (part of it unreadable), if any. */
  note?: string;
}

export async function loadOverview(db: HistoryDb): Promise<HistoryOverview> {
  return db.transaction('r', [db.workouts, db.sets, db.meta], async () => {
    const workouts = await db.workouts.orderBy('startedAt').reverse().toArray();
    const sets = await db.sets.toArray();
    const meta = await db.meta.get(V1_MIGRATED);
    const setsByWorkout = new Map<string, SetRow[]>();
    for (const set of sets) {
      const list = setsByWorkout.get(set.workoutId) ?? [];
      list.push(set);
      setsByWorkout.set(set.workoutId, list);
    }
    for (const list of setsByWorkout.values()) list.sort((a, b) => a.seq - b.seq);
    return { workouts, setsByWorkout, ...(meta?.note ? { note: meta.note } : {}) };
  });
}

export interface WorkoutDetail {
  workout: WorkoutRow;
  sets: SetRow[];
  reps: RepRow[];
}

/** One workout with its sets and reps; its tracks are read per set, when a replay asks. */
export async function loadWorkout(db: HistoryDb, id: string): Promise<WorkoutDetail | undefined> {
  return db.transaction('r', [db.workouts, db.sets, db.reps], async () => {
    const workout = await db.workouts.get(id);
    if (!workout) return undefined;
    const sets = await db.sets.where('workoutId').equals(id).sortBy('seq');
    const reps = await db.reps.where('workoutId').equals(id).toArray();
    reps.sort((a, b) => a.setId.localeCompare(b.setId) || a.n - b.n);
    return { workout, sets, reps };
  });
}

/** A workout's landmark tracks, by set, in one query (the list never reads them). */
export async function loadTracks(
  db: HistoryDb,
  workoutId: string,
): Promise<Record<string, TrackChunk[]>> {
  const bySet: Record<string, TrackChunk[]> = {};
  for (const chunk of await db.tracks.where('workoutId').equals(workoutId).toArray()) {
    (bySet[chunk.setId] ??= []).push(chunk);
  }
  return bySet;
}

/** Deletes a workout and everything under it, all at once or not at all. */
export async function deleteWorkout(db: HistoryDb, id: string): Promise<void> {
  await db.transaction('rw', [db.workouts, db.sets, db.reps, db.tracks], async () => {
    await db.tracks.where('workoutId').equals(id).delete();
    await db.reps.where('workoutId').equals(id).delete();
    await db.sets.where('workoutId').equals(id).delete();
    await db.workouts.delete(id);
  });
}

/** Deletes every workout; the migration marker stays, so the old history does not come back. */
export async function deleteAll(db: HistoryDb): Promise<void> {
  await db.transaction('rw', [db.workouts, db.sets, db.reps, db.tracks], async () => {
    await Promise.all([db.workouts.clear(), db.sets.clear(), db.reps.clear(), db.tracks.clear()]);
  });
}
