import { describe, expect, it } from 'vitest';
import type { Routine } from '../../../src/content/routine-schema';
import {
  loadRoutines,
  saveRoutines,
  STORAGE_KEY,
  UNREADABLE_KEY,
  type StorageLike,
} from '../../../src/routines/routine-store';

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

const routine: Routine = {
  id: 'my-1',
  name: 'Evening',
  summary: '',
  items: [{ exerciseId: 'cat-cow' }, { exerciseId: 'plank', dose: { holdSeconds: 40 } }],
};

describe('routine store', () => {
  it('gives back what it saved', () => {
    const storage = new MemoryStorage();
    expect(saveRoutines(storage, [routine])).toEqual({ ok: true });
    expect(loadRoutines(storage)).toEqual({ routines: [routine] });
  });

  it('starts empty, without a problem, when nothing was saved', () => {
    expect(loadRoutines(new MemoryStorage())).toEqual({ routines: [] });
  });

  it('says the disk is full and keeps the earlier save when the quota is exceeded', () => {
    const storage = new MemoryStorage();
    saveRoutines(storage, [routine]);
    storage.full = true;
    const edited = { ...routine, name: 'Evening, longer' };
    const result = saveRoutines(storage, [edited]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/storage for this site is full/);
    expect(!result.ok && result.message).toMatch(/changes are still here/);
    expect(loadRoutines(storage).routines[0]!.name).toBe('Evening');
    expect(edited.name).toBe('Evening, longer');
  });

  it('refuses a routine without a name or without exercises, and says why', () => {
    const storage = new MemoryStorage();
    const nameless = saveRoutines(storage, [{ ...routine, name: '  ' }]);
    expect(!nameless.ok && nameless.message).toMatch(/name/);
    const empty = saveRoutines(storage, [{ ...routine, items: [] }]);
    expect(!empty.ok && empty.message).toMatch(/no exercises/);
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
  });

  it('reports damaged data clearly and sets it aside instead of losing it', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, '{"version":1,"routines":[');
    const result = loadRoutines(storage);
    expect(result.routines).toEqual([]);
    expect(result.problem).toMatch(/could not be read/);
    expect(storage.data.get(UNREADABLE_KEY)).toBe('{"version":1,"routines":[');
  });

  it('keeps the readable routines when one of them is damaged', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ version: 1, routines: [routine, { id: 'my-2', items: 'x' }] });
    storage.data.set(STORAGE_KEY, raw);
    const result = loadRoutines(storage);
    expect(result.routines).toEqual([routine]);
    expect(result.problem).toMatch(/1 saved routine\(s\) could not be read/);
    expect(storage.data.get(UNREADABLE_KEY)).toBe(raw);
  });
});
