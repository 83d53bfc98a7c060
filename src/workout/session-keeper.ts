import { saveSession, type HistorySave, type KeyValueStore } from './history-store';
import type { SessionRecord } from './session-record';

/**
 * Saves a workout's session as it goes; when a save fails the record stays here, in memory, for
 * the page to offer as a file, and the next save tries again with the newer record.
 */
export function createSessionKeeper(store: KeyValueStore) {
  let unsaved: SessionRecord | undefined;
  let lastResult: HistorySave | undefined;
  let pending: Promise<HistorySave> = Promise.resolve({ ok: true });

  return {
    /** Saves in order: a slow save never lands after a newer one. */
    save(record: SessionRecord): Promise<HistorySave> {
      pending = pending.then(async () => {
        const result = await saveSession(store, record).catch((): HistorySave => ({
          ok: false,
          reason: 'refused',
          message: 'Not saved: the browser storage failed. Your session is kept on this page.',
        }));
        unsaved = result.ok ? undefined : record;
        lastResult = result;
        return result;
      });
      return pending;
    },
    get unsaved(): SessionRecord | undefined {
      return unsaved;
    },
    get lastResult(): HistorySave | undefined {
      return lastResult;
    },
  };
}
