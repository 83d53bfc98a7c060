import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { createDepthJudge } from '../../../../src/form/checkers/cat-cow-family';
import { getChecker } from '../../../../src/form/checkers/registry';
import { createFormEngine } from '../../../../src/form/engine';
import { exerciseSpec } from '../helpers/content';
import { allFours, blend, standingSide } from '../helpers/figures';
import { runClip } from '../helpers/fixtures';
import { sideViewFrame, type Figure } from '../helpers/synthetic-pose';

const cat: Figure = { ...allFours, nose: [0.25, 0.56], ear: [0.27, 0.51] };
const cow: Figure = { ...allFours, nose: [0.2, 0.33], ear: [0.25, 0.36] };

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
    expect(Math.abs(assess(allFours).movement!)).toBeLessThan(10);
  });

  it('is in position only on all fours', () => {
    expect(assess(allFours).inPosition).toBe(true);
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
    moveTo(allFours, cat);
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

/**
 * Runs the cat-cow engine through figures, easing into each and pausing there; returns the
 * summary and the faults that were spoken as cues.
 */
function runThrough(figures: Figure[]) {
  const engine = createFormEngine(exerciseSpec('cat-cow'));
  const cues: string[] = [];
  let t = 0;
  const show = (figure: Figure) => {
    for (const event of engine.update(sideViewFrame(figure, { timestampMs: t })).events)
      if (event.type === 'cue') cues.push(event.faultId);
    t += 50;
  };
  for (let k = 1; k < figures.length; k++) {
    const [from, to] = [figures[k - 1]!, figures[k]!];
    for (let i = 0; i <= 20; i++) show(blend(from, to, i / 20));
    for (let i = 0; i < 30; i++) show(to);
  }
  return { ...engine.summary(), cues };
}

describe('cat-cow depth', () => {
  // Halfway between the two ends: a cat (or a cow) that went only half the way.
  const halfway = blend(cat, cow, 0.5);

  it('sketches the halfway shape between the two rep thresholds', () => {
    const params = exerciseSpec('cat-cow').checker.params as { repEnter: number; repExit: number };
    expect(assess(halfway).movement!).toBeLessThan(params.repEnter);
    expect(assess(halfway).movement!).toBeGreaterThan(params.repExit);
  });

  it('counts cycles whose cat stops short past the midpoint of the own range, and names it', () => {
    // The person's own range is cow to halfway: their cycles count, and they hear to round more.
    const summary = runThrough([allFours, cow, halfway, cow, halfway, cow]);
    expect(summary.reps).toBe(2);
    expect(summary.faultSeconds['not-rounded']).toBeGreaterThan(0.5);
    expect(summary.cues).toContain('not-rounded');
    expect(summary.faultSeconds['not-arched'] ?? 0).toBe(0);
  });

  it('counts cycles whose cow stops short, and names it', () => {
    const summary = runThrough([allFours, cat, halfway, cat, halfway, cat]);
    expect(summary.reps).toBe(2);
    expect(summary.faultSeconds['not-arched']).toBeGreaterThan(0.5);
    expect(summary.cues).toContain('not-arched');
    expect(summary.faultSeconds['not-rounded'] ?? 0).toBe(0);
  });

  it('says nothing of full cycles or of resting in table-top', () => {
    const full = runThrough([allFours, cat, cow, cat, cow, allFours]);
    expect(full.reps).toBe(2);
    expect(full.faultSeconds['not-rounded'] ?? 0).toBe(0);
    expect(full.faultSeconds['not-arched'] ?? 0).toBe(0);
    const resting = runThrough([allFours, halfway, allFours, halfway, allFours]);
    expect(Object.keys(resting.faultSeconds)).not.toContain('not-rounded');
    expect(Object.keys(resting.faultSeconds)).not.toContain('not-arched');
  });

  it('judges only a deliberate swing, and keeps the verdict until the next turn', () => {
    const judge = createDepthJudge({
      repEnter: 12,
      repExit: -10,
      turnBackDeg: 6,
      depthRangeDeg: 10,
    });
    const feed = (values: number[]) => values.map((v) => judge.update(v)?.id ?? null);
    // From a cow at -25 up to 5 and back: a cat attempt that stopped 7 degrees short.
    const verdicts = feed([-25, -15, -5, 5, 3, -1, -6, -11, -20, -25, -19, -10]);
    expect(verdicts.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(verdicts.slice(5, 10)).toEqual(Array(5).fill('not-rounded'));
    // The full cow turning back up is judged in its turn: the verdict is done with.
    expect(verdicts.slice(10)).toEqual([null, null]);
    // A swing of 15 degrees (less than the 22 between the ends) is not judged.
    judge.reset();
    expect(feed([-5, 0, 5, 10, 8, 2, -4]).every((v) => v === null)).toBe(true);
  });
});

describe('cat-cow after the person was out of sight', () => {
  it('drops the verdict on the swing seen before', () => {
    const definition = getChecker('cat-cow');
    const params = definition.paramsSchema.parse(exerciseSpec('cat-cow').checker.params);
    const assessAt = definition.create(params);
    const halfway = blend(cat, cow, 0.5);
    let t = 0;
    const faults = (figures: Figure[]) =>
      figures.map((figure) => {
        const ids = assessAt(buildBodyFrame(sideViewFrame(figure, { timestampMs: t }))!).faults;
        t += 50;
        return ids.map((f) => f.id);
      });
    const swing = [
      ...Array.from({ length: 11 }, (_, i) => blend(cow, halfway, i / 10)),
      ...Array.from({ length: 11 }, (_, i) => blend(halfway, cow, i / 10)),
    ];
    // A cat that stopped short, back in the cow: the verdict stands until the next turn.
    expect(faults(swing).at(-1)).toContain('not-rounded');
    // Out of sight for 5 s (the engine passes no frame), back in a cow: no cat has been tried.
    t += 5000;
    expect(faults([cow, cow]).flat()).not.toContain('not-rounded');
  });
});

describe('cat-cow on recorded clips', () => {
  const depthFaults = (faultSeconds: Record<string, number>) =>
    ['not-rounded', 'not-arched'].filter((id) => (faultSeconds[id] ?? 0) > 0);

  it('cat-cow-phone: 2 cycles (cat, cow, cat, cow), all full', () => {
    const { summary } = runClip('cat-cow-phone', 'cat-cow');
    expect(summary.reps).toBe(2);
    expect(depthFaults(summary.faultSeconds)).toEqual([]);
  });
  it('cat-cow-sheet: cow, cat, cow is 1 cycle, all full', () => {
    const { summary } = runClip('cat-cow-sheet', 'cat-cow');
    expect(summary.reps).toBe(1);
    expect(depthFaults(summary.faultSeconds)).toEqual([]);
  });
  it('seated-cat-cow-phone: 2 cycles seated, all full', () => {
    const { summary } = runClip('seated-cat-cow-phone', 'seated-cat-cow');
    expect(summary.reps).toBe(2);
    expect(depthFaults(summary.faultSeconds)).toEqual([]);
  });
});
