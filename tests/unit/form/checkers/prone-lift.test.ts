import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { getChecker } from '../../../../src/form/checkers/registry';
import { createFormEngine } from '../../../../src/form/engine';
import type { FrameAssessment } from '../../../../src/form/types';
import { exerciseSpec } from '../helpers/content';
import { lyingProne, straightForearmPlank } from '../helpers/figures';
import { sideViewFrame, type Figure } from '../helpers/synthetic-pose';

const superman: Figure = {
  ...lyingProne,
  ear: [0.22, 0.62],
  shoulder: [0.3, 0.66],
  elbow: [0.2, 0.62],
  wrist: [0.1, 0.56],
  knee: [0.7, 0.66],
  ankle: [0.85, 0.6],
};
const armsOnly: Figure = { ...lyingProne, elbow: [0.2, 0.62], wrist: [0.1, 0.56] };

function assess(kind: string, figure: Figure): FrameAssessment {
  const definition = getChecker(kind);
  const run = definition.create(definition.paramsSchema.parse(exerciseSpec(kind).checker.params));
  return run(buildBodyFrame(sideViewFrame(figure))!);
}

describe('prone lifts', () => {
  it('superman: lying is rest, arms and legs up is the top, arms alone is not', () => {
    const rest = assess('superman', lyingProne);
    expect(rest.inPosition).toBe(true);
    expect(rest.movement!).toBeLessThan(0);
    const top = assess('superman', superman);
    expect(top.movement!).toBeGreaterThan(8);
    expect(top.faults).toEqual([]);
    expect(assess('superman', armsOnly).movement!).toBeLessThan(0);
  });

  it('reverse fly: the arms alone make the movement', () => {
    expect(assess('reverse-fly', armsOnly).movement!).toBeGreaterThan(8);
  });

  it('a plank is not lying prone', () => {
    expect(assess('superman', straightForearmPlank).inPosition).toBe(false);
  });

  it('counts superman reps through the engine', () => {
    const engine = createFormEngine(exerciseSpec('superman'));
    let t = 0;
    for (let rep = 0; rep < 3; rep++) {
      for (const end = t + 1000; t < end; t += 33)
        engine.update(sideViewFrame(lyingProne, { timestampMs: t }));
      for (const end = t + 2000; t < end; t += 33)
        engine.update(sideViewFrame(superman, { timestampMs: t }));
    }
    for (const end = t + 1000; t < end; t += 33)
      engine.update(sideViewFrame(lyingProne, { timestampMs: t }));
    expect(engine.summary().reps).toBe(3);
    expect(engine.summary().holdSeconds).toBeGreaterThan(4);
  });
});
