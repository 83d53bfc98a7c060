import { describe, expect, it } from 'vitest';
import { createRepTempo } from '../../../../src/form/timing/rep-tempo';

describe('rep tempo', () => {
  it('never judges the first rep, then compares each cycle with the prescribed tempo', () => {
    const tempo = createRepTempo({ secondsPerRep: 4, heldSecondsPerRep: 0, tooFastShare: 1 / 3 });
    expect(tempo.repCompleted(1000, 0)).toBeNull();
    // 4 s prescribed, a third of it is 1.33 s.
    expect(tempo.repCompleted(2200, 0)).toMatchObject({ cycleMs: 1200, tooFast: true });
    expect(tempo.repCompleted(3600, 0)).toMatchObject({ cycleMs: 1400, tooFast: false });
    expect(tempo.repCompleted(8600, 0)).toMatchObject({ cycleMs: 5000, tooFast: false });
  });

  it('starts afresh after a reset: the gap across a break is no cycle', () => {
    const tempo = createRepTempo({ secondsPerRep: 4, heldSecondsPerRep: 0, tooFastShare: 1 / 3 });
    tempo.repCompleted(1000, 0);
    tempo.reset();
    expect(tempo.repCompleted(1500, 0)).toBeNull();
    expect(tempo.repCompleted(2000, 0)?.tooFast).toBe(true);
  });

  it('for a held rep, compares the movement between the holds, not the holds', () => {
    // A cat-cow: 25 s a rep, 2 x 10 s of it held, so 5 s of movement; a third of it is 1.67 s.
    const tempo = createRepTempo({ secondsPerRep: 25, heldSecondsPerRep: 20, tooFastShare: 1 / 3 });
    tempo.repCompleted(0, 0);
    // 7 s cycle with 4 s at the ends: 3 s moving, unhurried though the holds were short.
    expect(tempo.repCompleted(7000, 4000)).toMatchObject({ movingMs: 3000, tooFast: false });
    // 6 s cycle, 5 s of it at the ends: 1 s of movement, rushed even though the holds were kept.
    expect(tempo.repCompleted(13_000, 9000)).toMatchObject({ movingMs: 1000, tooFast: true });
  });
});
