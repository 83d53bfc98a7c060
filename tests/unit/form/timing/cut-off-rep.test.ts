import { describe, expect, it } from 'vitest';
import { createFormEngine } from '../../../../src/form/engine';
import { createRepCounter } from '../../../../src/form/timing/rep-counter';
import { exerciseSpec } from '../helpers/content';
import { blend, bridgeRest, bridgeTop } from '../helpers/figures';
import { sideViewFrame } from '../helpers/synthetic-pose';

/** Textbook rest 0.3, top 0.8; the person rises well past the top (to 1.2). */
const outAndBack = { style: 'out-and-back' as const, enter: 0.8, exit: 0.3, minTopMs: 200 };

/** Rest until 500 ms, at `top` until 1500 ms, then `end` (the set ends there). */
function counterAfter(top: number, end: number, untilMs = 2000) {
  const counter = createRepCounter(outAndBack);
  for (let t = 0; t <= untilMs; t += 1000 / 30) {
    counter.update(t < 500 ? 0 : t < 1500 ? top : end, t);
  }
  return counter;
}

describe('a rep cut off by the end of the set (out-and-back)', () => {
  it('is kept when the top was reached and the person was on the way down', () => {
    // 0.85: below the top's band (1.2 - a quarter of the range) but above the leave level (0.8).
    const counter = counterAfter(1.2, 0.85);
    expect(counter.reps).toBe(0);
    const rep = counter.cutOffRep();
    expect(rep).toMatchObject({ rep: 1 });
    expect(rep!.durationMs).toBeGreaterThan(1000);
    // Only kept for the record: the counter itself does not count it.
    expect(counter.reps).toBe(0);
  });

  it('is not kept while the person still holds the top, or sags only within its band', () => {
    expect(counterAfter(1.2, 1.2).cutOffRep()).toBeNull();
    expect(counterAfter(1.2, 0.95).cutOffRep()).toBeNull();
  });

  it('is not kept when the top was never held long enough', () => {
    const counter = createRepCounter(outAndBack);
    for (let t = 0; t <= 700; t += 1000 / 30) counter.update(t < 500 ? 0 : t < 600 ? 1.2 : 0.85, t);
    expect(counter.cutOffRep()).toBeNull();
  });

  it('is not kept twice: a rep completed as the person leaves the top leaves nothing cut off', () => {
    const counter = counterAfter(1.2, 0.5);
    expect(counter.reps).toBe(1);
    expect(counter.cutOffRep()).toBeNull();
  });

  it('is never kept by two-ended or textbook counting', () => {
    for (const style of ['two-ended', 'excursion'] as const) {
      const counter = createRepCounter({ ...outAndBack, style });
      for (let t = 0; t <= 2000; t += 1000 / 30)
        counter.update(t < 500 ? 0 : t < 1500 ? 1.2 : 0.85, t);
      expect(counter.cutOffRep(), style).toBeNull();
    }
  });
});

describe('the engine summary of a glute bridge set that ends on the way down', () => {
  /** Rest 1.5 s, rise over 0.5 s, top 1.5 s, then lower over 0.5 s to `endBlend` and stop. */
  function bridgeSet(endBlend: number) {
    const engine = createFormEngine(exerciseSpec('glute-bridge'));
    let state = engine.update(sideViewFrame(bridgeRest, { timestampMs: 0 }));
    for (let t = 50; t <= 4000; t += 50) {
      const b =
        t < 1500
          ? 0
          : t < 2000
            ? (t - 1500) / 500
            : t < 3500
              ? 1
              : 1 - ((1 - endBlend) * (t - 3500)) / 500;
      state = engine.update(sideViewFrame(blend(bridgeRest, bridgeTop, b), { timestampMs: t }));
    }
    return { state, summary: engine.summary() };
  }

  it('counts the rep in the record (hips at 164 degrees, under their 180 top, above 160)', () => {
    const { state, summary } = bridgeSet(0.65);
    expect(state.reps).toBe(0);
    expect(summary.reps).toBe(1);
    expect(summary.repRecords).toHaveLength(1);
    expect(summary.repRecords[0]!.startedAtMs).toBeGreaterThanOrEqual(1500);
  });

  it('does not count a set that ends with the hips still up', () => {
    expect(bridgeSet(1).summary.reps).toBe(0);
  });
});
