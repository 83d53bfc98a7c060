import { describe, expect, it } from 'vitest';
import {
  CHECK_IN_KEY,
  CLEARANCE_MS,
  isCleared,
  needsFullCheckIn,
  readCheckInRecord,
  recordPass,
  recordStop,
  requireFullCheckIn,
  type StorageLike,
} from '../../../src/safety/check-in-record';

function memory(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('check-in record', () => {
  it('asks for the full check-in first', () => {
    expect(needsFullCheckIn(readCheckInRecord(memory()))).toBe(true);
  });

  it('clears workouts for a while after a pass, then asks again', () => {
    const storage = memory();
    recordPass(storage, 'full', 1000, 'none');
    const record = readCheckInRecord(storage);
    expect(needsFullCheckIn(record)).toBe(false);
    expect(isCleared(record, 1000 + CLEARANCE_MS - 1)).toBe(true);
    expect(isCleared(record, 1000 + CLEARANCE_MS)).toBe(false);
  });

  it('withdraws the clearance when a later check-in stops the workout', () => {
    const storage = memory();
    recordPass(storage, 'full', 1000, '3');
    recordStop(storage, 'brief');
    const record = readCheckInRecord(storage);
    expect(isCleared(record, 1001)).toBe(false);
    expect(record.backStage).toBe('3');
    expect(needsFullCheckIn(record)).toBe(false);
  });

  it('a stopped full check-in leaves nothing that clears a workout', () => {
    const storage = memory();
    recordStop(storage, 'full');
    expect(isCleared(readCheckInRecord(storage), 0)).toBe(false);
  });

  it('asks for the full check-in again when health has changed', () => {
    const storage = memory();
    recordPass(storage, 'full', 1000, 'none');
    requireFullCheckIn(storage);
    expect(needsFullCheckIn(readCheckInRecord(storage))).toBe(true);
  });

  it('treats damaged data as no check-in, the safe side', () => {
    const storage = memory();
    storage.data.set(CHECK_IN_KEY, '{"fullPassedAt": "yesterday"');
    expect(readCheckInRecord(storage)).toEqual({});
  });
});

describe('workout gate', () => {
  it('opens only after a passed check-in, and closes again after a stop', async () => {
    const { canStartWorkout } = await import('../../../src/safety/workout-gate');
    const storage = memory();
    const first = canStartWorkout(storage, 1000);
    expect(!first.ok && first.message).toMatch(/first workout/);
    recordPass(storage, 'full', 1000, 'none');
    expect(canStartWorkout(storage, 2000)).toEqual({ ok: true });
    recordStop(storage, 'brief');
    const later = canStartWorkout(storage, 3000);
    expect(!later.ok && later.message).toMatch(/short safety check-in/);
  });
});
