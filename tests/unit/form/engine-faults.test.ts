import { describe, expect, it } from 'vitest';
import { createEngineFaults } from '../../../src/form/engine-faults';

const bridgeLike = {
  mode: 'reps' as const,
  faults: [],
  repStyle: 'out-and-back' as const,
  movingPart: 'hips' as const,
};
const withCue = { dose: { secondsPerRep: 3 }, cues: { 'moving-too-fast': 'Slow down' } };
const ids = (faults: { id: string }[]) => faults.map((f) => f.id);

describe('engine faults', () => {
  it('names a rushed rep on its moving part for the time given, and a paced rep clears it', () => {
    const faults = createEngineFaults(withCue, bridgeLike, 2000);
    faults.repCompleted(0, 0);
    faults.repCompleted(900, 0); // under a third of 3 s
    expect(faults.update(null, false, 1000)).toEqual([
      { id: 'moving-too-fast', bodyPart: 'hips', severity: 0.2 },
    ]);
    expect(ids(faults.update(null, false, 2950))).toEqual([]);
    faults.repCompleted(3000, 0); // 2.1 s: a rep at a sensible pace
    faults.repCompleted(3500, 0);
    expect(ids(faults.update(null, false, 3600))).toEqual(['moving-too-fast']);
    faults.repCompleted(6000, 0);
    expect(ids(faults.update(null, false, 6100))).toEqual([]);
  });

  it('does not judge the first rep after an interruption', () => {
    const faults = createEngineFaults(withCue, bridgeLike, 2000);
    faults.repCompleted(0, 0);
    faults.interrupt();
    faults.repCompleted(500, 0);
    expect(ids(faults.update(null, false, 600))).toEqual([]);
  });

  it('raises nothing the content has no cue for', () => {
    const faults = createEngineFaults({ dose: { secondsPerRep: 3 }, cues: {} }, bridgeLike, 2000);
    faults.repCompleted(0, 0);
    faults.repCompleted(500, 0);
    expect(faults.update(null, true, 600)).toEqual([]);
  });
});
