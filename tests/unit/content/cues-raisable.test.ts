/**
 * The catalogue promises only cues the app can say: every id in an exercise's `cues` is a fault its
 * checker raises, a fault the engine raises itself for it (moving-too-fast, hold-still), a
 * guidance id, or 'good'. A cue nothing raises is a promise the coach never keeps.
 */
import { describe, expect, it } from 'vitest';
import { getChecker } from '../../../src/form/checkers/registry';
import { DEFAULT_GUIDANCE_TEXT } from '../../../src/form/engine';
import { engineFaultIds } from '../../../src/form/engine-faults';
import { allExerciseIds, exerciseSpec } from '../form/helpers/content';

function raisableCues(id: string): Set<string> {
  const spec = exerciseSpec(id);
  const definition = getChecker(spec.checker.kind);
  return new Set([
    ...definition.faults.map((f) => f.id),
    ...engineFaultIds(spec, definition),
    ...Object.keys(DEFAULT_GUIDANCE_TEXT),
    'good',
  ]);
}

describe('content cues', () => {
  const ids = allExerciseIds();

  it('reads the whole catalogue', () => {
    expect(ids.length).toBeGreaterThan(40);
  });

  it.each(ids)('%s lists only cues its checker or the engine can raise', (id) => {
    const raisable = raisableCues(id);
    expect(Object.keys(exerciseSpec(id).cues).filter((cue) => !raisable.has(cue))).toEqual([]);
  });

  it('knows which engine cues need a prescribed tempo', () => {
    // A rep exercise without a tempo in its dose cannot be told it is too fast.
    const reps = { mode: 'reps' as const, faults: [] };
    expect(engineFaultIds({ dose: {} }, reps)).not.toContain('moving-too-fast');
    expect(engineFaultIds({ dose: { secondsPerRep: 4 } }, reps)).toContain('moving-too-fast');
    // Nor a hold, nor a checker that paces its reps itself.
    const hold = { mode: 'hold' as const, faults: [] };
    expect(engineFaultIds({ dose: { secondsPerRep: 4 } }, hold)).not.toContain('moving-too-fast');
    const pacing = {
      mode: 'reps' as const,
      faults: [{ id: 'moving-too-fast', bodyPart: 'head' as const }],
    };
    expect(engineFaultIds({ dose: { secondsPerRep: 4 } }, pacing)).not.toContain('moving-too-fast');
  });
});
