import { describe, expect, it } from 'vitest';
import type { Dose } from '../../../src/content/exercise-schema';
import { progressionPlan, progressionTarget } from '../../../src/routines/progression';

const base = { sets: 1, restSeconds: 0, perSide: false } satisfies Partial<Dose>;

describe('progression', () => {
  it('climbs from the recommended 5 reps to 10 over six weeks without ever dropping', () => {
    const plan = progressionPlan({ ...base, reps: 5, fromProgramme: false });
    expect(plan.map((w) => w.reps)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('aims at the top of the programme range when there is one', () => {
    const dose: Dose = {
      ...base,
      holdSeconds: 15,
      sets: 2,
      fromProgramme: true,
      target: { holdSeconds: 20, sets: 3 },
    };
    const plan = progressionPlan(dose, 4);
    expect(plan[0]).toMatchObject({ week: 1, holdSeconds: 15, sets: 2 });
    expect(plan[3]).toMatchObject({ week: 4, holdSeconds: 20, sets: 3 });
    for (let i = 1; i < plan.length; i++) {
      expect(plan[i]!.holdSeconds!).toBeGreaterThanOrEqual(plan[i - 1]!.holdSeconds!);
    }
  });

  it('lengthens a plain hold by half when the programme sets no target', () => {
    expect(progressionTarget({ ...base, holdSeconds: 20, fromProgramme: false })).toMatchObject({
      holdSeconds: 30,
    });
  });
});
