import {
  isCleared,
  needsFullCheckIn,
  readCheckInRecord,
  type StorageLike,
} from './check-in-record';

export type WorkoutGate = { ok: true } | { ok: false; message: string };

/** Whether a workout may start now: only after a check-in passed within the clearance time. */
export function canStartWorkout(storage: StorageLike, now: number): WorkoutGate {
  const record = readCheckInRecord(storage);
  if (needsFullCheckIn(record)) {
    return { ok: false, message: 'Before your first workout, please answer the safety check-in.' };
  }
  if (!isCleared(record, now)) {
    return { ok: false, message: 'Before each workout, please answer the short safety check-in.' };
  }
  return { ok: true };
}
