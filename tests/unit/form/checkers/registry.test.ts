import { describe, expect, it } from 'vitest';
import { CHECKERS, findChecker } from '../../../../src/form/checkers/registry';
import { allExerciseIds, exerciseSpec } from '../helpers/content';

describe('checker registry and the catalogue', () => {
  it('has unique kinds', () => {
    const kinds = CHECKERS.map((c) => c.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  const ids = allExerciseIds();

  it('has a checker for every exercise of the catalogue', () => {
    const missing = ids.filter((id) => !findChecker(exerciseSpec(id).checker.kind));
    expect(missing).toEqual([]);
  });

  for (const id of ids) {
    const spec = exerciseSpec(id);
    const definition = findChecker(spec.checker.kind);
    // A missing checker fails the coverage test above.
    if (!definition) continue;
    it(`${id}: params parse with the "${spec.checker.kind}" checker and every fault has a cue`, () => {
      const parsed = definition.paramsSchema.safeParse(spec.checker.params);
      expect(parsed.error?.issues ?? []).toEqual([]);
      const missing = definition.faults.map((f) => f.id).filter((fault) => !spec.cues[fault]);
      expect(missing).toEqual([]);
    });
  }

  it('every rep checker names the part its movement follows', () => {
    const unnamed = CHECKERS.filter((c) => c.mode === 'reps' && !c.movingPart).map((c) => c.kind);
    expect(unnamed).toEqual([]);
  });

  it('every short-range fault is a fault of its own rep checker', () => {
    for (const checker of CHECKERS) {
      const own = checker.faults.map((f) => f.id);
      for (const id of Object.values(checker.shortRangeFaults ?? {})) {
        expect(checker.mode, checker.kind).toBe('reps');
        expect(own, checker.kind).toContain(id);
      }
    }
  });

  it('every registered checker belongs to at least one exercise', () => {
    const used = new Set(ids.map((id) => exerciseSpec(id).checker.kind));
    expect(CHECKERS.map((c) => c.kind).filter((kind) => !used.has(kind))).toEqual([]);
  });
});
