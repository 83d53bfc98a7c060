import { describe, expect, it } from 'vitest';
import { createFaultPersistence } from '../../../../src/form/timing/fault-persistence';

const sag = { id: 'hips-sagging', bodyPart: 'hips' as const, severity: 0.5 };

describe('fault persistence', () => {
  it('activates a fault only after it has lasted, and keeps it through a one-frame gap', () => {
    const persistence = createFaultPersistence({ onMs: 300, offMs: 500 });
    expect(persistence.update([sag], 0)).toEqual([]);
    expect(persistence.update([sag], 200)).toEqual([]);
    expect(persistence.update([sag], 300)).toEqual([sag]);
    expect(persistence.update([], 400)).toEqual([sag]);
    expect(persistence.update([], 900)).toEqual([]);
  });
  it('ignores a fault seen in one frame only', () => {
    const persistence = createFaultPersistence({ onMs: 300, offMs: 500 });
    persistence.update([sag], 0);
    expect(persistence.update([], 100)).toEqual([]);
    expect(persistence.update([sag], 400)).toEqual([]);
  });
});
