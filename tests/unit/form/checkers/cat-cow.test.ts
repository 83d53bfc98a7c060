import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { getChecker } from '../../../../src/form/checkers/registry';
import { createFormEngine } from '../../../../src/form/engine';
import { exerciseSpec } from '../helpers/content';
import { blend, standingSide } from '../helpers/figures';
import { runClip } from '../helpers/fixtures';
import { sideViewFrame, type Figure } from '../helpers/synthetic-pose';

/** On all fours, facing left, back level, head in line with the back. */
const tableTop: Figure = {
  nose: [0.2, 0.44],
  ear: [0.24, 0.43],
  shoulder: [0.32, 0.45],
  elbow: [0.32, 0.6],
  wrist: [0.32, 0.75],
  hip: [0.62, 0.45],
  knee: [0.62, 0.75],
  ankle: [0.8, 0.76],
};
const cat: Figure = { ...tableTop, nose: [0.25, 0.56], ear: [0.27, 0.51] };
const cow: Figure = { ...tableTop, nose: [0.2, 0.33], ear: [0.25, 0.36] };

function assess(figure: Figure) {
  const definition = getChecker('cat-cow');
  const run = definition.create(
    definition.paramsSchema.parse(exerciseSpec('cat-cow').checker.params),
  );
  return run(buildBodyFrame(sideViewFrame(figure))!);
}

describe('cat-cow checker', () => {
  it('reads the head tucked as rounding (cat) and lifted as arching (cow)', () => {
    expect(assess(cat).movement!).toBeGreaterThan(20);
    expect(assess(cow).movement!).toBeLessThan(-20);
    expect(Math.abs(assess(tableTop).movement!)).toBeLessThan(10);
  });

  it('is in position only on all fours', () => {
    expect(assess(tableTop).inPosition).toBe(true);
    expect(assess(standingSide).inPosition).toBe(false);
  });

  it('counts one cat plus one cow as one rep, and times both ends', () => {
    const engine = createFormEngine(exerciseSpec('cat-cow'));
    let t = 0;
    const moveTo = (from: Figure, to: Figure) => {
      for (let i = 0; i <= 20; i++, t += 50)
        engine.update(sideViewFrame(blend(from, to, i / 20), { timestampMs: t }));
      for (let i = 0; i < 30; i++, t += 50) engine.update(sideViewFrame(to, { timestampMs: t }));
    };
    moveTo(tableTop, cat);
    moveTo(cat, cow);
    moveTo(cow, cat);
    expect(engine.summary().reps).toBe(1);
    moveTo(cat, cow);
    const summary = engine.summary();
    expect(summary.reps).toBe(2);
    expect(summary.endSeconds.high).toBeGreaterThan(2);
    expect(summary.endSeconds.low).toBeGreaterThan(2);
  });
});

describe('cat-cow on recorded clips', () => {
  it('cat-cow-phone: 2 cycles (cat, cow, cat, cow)', () => {
    expect(runClip('cat-cow-phone', 'cat-cow').summary.reps).toBe(2);
  });
  it('cat-cow-sheet: cow, cat, cow is 1 cycle', () => {
    expect(runClip('cat-cow-sheet', 'cat-cow').summary.reps).toBe(1);
  });
  it('seated-cat-cow-phone: 2 cycles seated', () => {
    expect(runClip('seated-cat-cow-phone', 'seated-cat-cow').summary.reps).toBe(2);
  });
});
