import { idbHistoryStore } from '../workout/idb-store';
import { historyConnection } from './history-connection';

/** The page's one connection to the history database (the v1 history is migrated on open). */
export const appHistory = historyConnection(idbHistoryStore());
