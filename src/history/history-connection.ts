import type { KeyValueStore } from '../workout/history-store';
import { HISTORY_DB_NAME, HistoryDb } from './history-db';
import { migrateV1 } from './v1-migration';

/**
 * Opens the history database once per page (migrating the v1 history first). A failed open is
 * forgotten, so the next save tries again; a blocked open (another tab holds an older version)
 * fails at once instead of leaving saves waiting.
 */
export function historyConnection(
  v1: KeyValueStore | undefined,
  name = HISTORY_DB_NAME,
): () => Promise<HistoryDb> {
  let opening: Promise<HistoryDb> | undefined;
  return () => {
    opening ??= open(name, v1).catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
}

async function open(name: string, v1: KeyValueStore | undefined): Promise<HistoryDb> {
  const db = new HistoryDb(name);
  await new Promise<void>((resolve, reject) => {
    db.on('blocked', () => {
      db.close();
      reject(Object.assign(new Error('The history database is blocked'), { name: 'BlockedError' }));
    });
    db.open().then(() => resolve(), reject);
  });
  if (v1) await migrateV1(db, v1);
  return db;
}
