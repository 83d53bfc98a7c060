import { createStore, get, set } from 'idb-keyval';
import type { KeyValueStore } from './history-store';

/** The history's own IndexedDB database, apart from anything else the app stores. */
export function idbHistoryStore(): KeyValueStore {
  const store = createStore('spine-coach-history', 'records');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
  };
}
