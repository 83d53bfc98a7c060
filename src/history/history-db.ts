import { Dexie, type Table } from 'dexie';
import type { RepRow, SetRow, TrackChunk, WorkoutRow } from './history-records';

export const HISTORY_DB_NAME = 'spine-coach';

/** A marker row: `{ key: 'v1-migrated', at }` once today's idb-keyval history was copied in. */
export interface MetaRow {
  key: string;
  at: string;
  /** What went wrong, for the History page to say (e.g. part of the old history was unreadable). */
  note?: string;
}

/**
 * The history database. Each version's indexes serve a page's queries: the list and progress read
 * workouts by start and sets by exercise; a workout's page reads its sets, reps and tracks by
 * workout. Tracks are never read by the list, so a long history does not slow it down.
 */
export class HistoryDb extends Dexie {
  workouts!: Table<WorkoutRow, string>;
  sets!: Table<SetRow, string>;
  reps!: Table<RepRow, string>;
  tracks!: Table<TrackChunk, [string, number]>;
  meta!: Table<MetaRow, string>;

  constructor(name = HISTORY_DB_NAME) {
    super(name);
    this.version(1).stores({
      workouts: 'id, startedAt',
      sets: 'id, workoutId, [exerciseId+startedAt]',
      reps: 'id, workoutId, setId',
      tracks: '[setId+seq], workoutId',
      meta: 'key',
    });
  }
}

/** Every table, for transactions that must change all of them at once or none. */
export function allTables(db: HistoryDb) {
  return [db.workouts, db.sets, db.reps, db.tracks, db.meta];
}
