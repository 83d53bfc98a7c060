import { z } from 'zod';
import { BACK_STAGES, type BackStage } from './questions';

/** The part of the Web Storage API the record uses; tests pass an in-memory one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export const CHECK_IN_KEY = 'spine-coach.check-in.v1';

/** A passed check-in clears the workouts that start within this time. */
export const CLEARANCE_MS = 2 * 60 * 60 * 1000;

/**
 * What is kept of the check-ins, on this device only: when the full one was passed, the stage
 * it recorded (so the brief one knows whether to ask about supervision), and the last clearance.
 * The answers themselves are not stored.
 */
const recordSchema = z.object({
  fullPassedAt: z.number().optional(),
  backStage: z.enum(BACK_STAGES).optional(),
  clearedAt: z.number().optional(),
});
export type CheckInRecord = z.infer<typeof recordSchema>;

export function readCheckInRecord(storage: StorageLike): CheckInRecord {
  try {
    const raw = storage.getItem(CHECK_IN_KEY);
    const parsed = recordSchema.safeParse(raw === null ? {} : JSON.parse(raw));
    // Damaged data only means the person answers the full check-in again: the safe side.
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function write(storage: StorageLike, record: CheckInRecord): boolean {
  try {
    storage.setItem(CHECK_IN_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function needsFullCheckIn(record: CheckInRecord): boolean {
  return record.fullPassedAt === undefined;
}

/** Records a passed check-in; returns false when the browser refused to store it. */
export function recordPass(
  storage: StorageLike,
  kind: 'full' | 'brief',
  now: number,
  backStage?: BackStage,
): boolean {
  const record = readCheckInRecord(storage);
  const next: CheckInRecord =
    kind === 'full'
      ? { fullPassedAt: now, backStage, clearedAt: now }
      : { ...record, clearedAt: now };
  return write(storage, next);
}

/** A stop verdict clears nothing: a workout may not start on an earlier clearance. */
export function recordStop(storage: StorageLike, kind: 'full' | 'brief'): void {
  const record = readCheckInRecord(storage);
  write(storage, kind === 'full' ? {} : { ...record, clearedAt: undefined });
}

/** Forget the full check-in, so that the next one is full again (health changed). */
export function requireFullCheckIn(storage: StorageLike): void {
  write(storage, {});
}

export function isCleared(record: CheckInRecord, now: number): boolean {
  return (
    record.fullPassedAt !== undefined &&
    record.clearedAt !== undefined &&
    now - record.clearedAt >= 0 &&
    now - record.clearedAt < CLEARANCE_MS
  );
}
