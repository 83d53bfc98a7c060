import { describe, expect, it } from 'vitest';
import { createRepCounter, type CompletedRep } from '../../../../src/form/timing/rep-counter';
import type { Side } from '../../../../src/form/types';

const outAndBack = { style: 'out-and-back' as const, enter: 0.8, exit: 0.3, minTopMs: 200 };

function feed(
  options: Parameters<typeof createRepCounter>[0],
  signal: (t: number) => number,
  untilMs: number,
  side?: (t: number) => Side,
) {
  const counter = createRepCounter(options);
  const reps: CompletedRep[] = [];
  for (let t = 0; t <= untilMs; t += 1000 / 30) {
    const rep = counter.update(signal(t), t, side?.(t));
    if (rep) reps.push(rep);
  }
  return { counter, reps };
}

/** Smooth up-and-down bumps of the given heights, one every 2 s starting at 0.5 s. */
const bumps = (heights: number[]) => (t: number) => {
  const i = Math.floor(t / 2000);
  const h = heights[i] ?? 0;
  const phase = (t % 2000) / 2000;
  return h * Math.max(0, Math.sin(Math.PI * phase * 1.25));
};

describe('rep counter, out-and-back', () => {
  it('counts full reps with their duration', () => {
    const { reps, counter } = feed(outAndBack, bumps([1, 1, 1]), 6000);
    expect(counter.reps).toBe(3);
    expect(reps).toHaveLength(3);
    for (const rep of reps) expect(rep.durationMs).toBeGreaterThan(800);
  });

  it('counts the rep as the person leaves the top, even if the lowering is cut off', () => {
    const upThenHalfDown = (t: number) => (t < 500 ? 0 : t < 2000 ? 1 : 0.6);
    expect(feed(outAndBack, upThenHalfDown, 2500).counter.reps).toBe(1);
  });

  it('does not count a half rep: turning back before the midpoint of the own range', () => {
    const { counter } = feed(outAndBack, bumps([1, 0.4, 1]), 6000);
    expect(counter.reps).toBe(2);
  });

  it('counts a rep past the midpoint of the own range that falls short of the top, naming it', () => {
    const { reps } = feed(outAndBack, bumps([1, 0.6, 1]), 6000);
    expect(reps.map((r) => r.short ?? [])).toEqual([[], ['high'], []]);
  });

  it('does not split a rep at a frame that dips from the top (a raised limb lost for a frame)', () => {
    // Up at 0.5 s, held to 3 s with one frame at rest in the middle, down: one rep.
    const dip = (t: number) => (Math.abs(t - 1800) < 20 ? 0 : t >= 500 && t < 3000 ? 1 : 0);
    const { reps } = feed(outAndBack, dip, 4000);
    expect(reps).toHaveLength(1);
    // Counted as of the first frame it left the top, confirmed by the next.
    expect(reps[0]!.atMs).toBeCloseTo(3000, -1);
  });

  it('does not count a top shorter than minTopMs (one noisy frame)', () => {
    const spike = (t: number) => (Math.abs(t - 1000) < 20 ? 1 : 0);
    expect(feed(outAndBack, spike, 3000).counter.reps).toBe(0);
  });

  it('needs rest first: starting at the top and coming down is not a rep', () => {
    const startAtTop = (t: number) => (t < 1000 ? 1 : 0);
    expect(feed(outAndBack, startAtTop, 3000).counter.reps).toBe(0);
  });

  it('does not count a rep abandoned half-way (the person left the position)', () => {
    const counter = createRepCounter(outAndBack);
    let t = 0;
    for (; t < 500; t += 33) counter.update(0, t);
    for (; t < 1000; t += 33) counter.update(1, t);
    counter.abort();
    for (; t < 1500; t += 33) counter.update(0, t);
    expect(counter.reps).toBe(0);
  });

  it('counts per side from the side at the top', () => {
    const { counter } = feed(outAndBack, bumps([1, 1, 1]), 6000, (t) =>
      Math.floor(t / 2000) % 2 === 0 ? 'left' : 'right',
    );
    expect(counter.repsBySide).toEqual({ left: 2, right: 1 });
  });

  it('refuses thresholds in the wrong order', () => {
    expect(() => createRepCounter({ ...outAndBack, enter: 0.2, exit: 0.5 })).toThrow(/exit/);
  });
});

describe('rep counter, excursion', () => {
  const excursion = { ...outAndBack, style: 'excursion' as const };
  /** A signal given as [fromMs, value] steps, each value held until the next step. */
  const steps = (points: [number, number][]) => (t: number) =>
    points.filter(([from]) => from <= t).at(-1)?.[1] ?? 0;

  it('counts each excursion as the top is reached, before the way back', () => {
    const { reps } = feed(excursion, bumps([1, 1, 1]), 6000);
    expect(reps).toHaveLength(3);
    const outAndBackReps = feed(outAndBack, bumps([1, 1, 1]), 6000).reps;
    for (const [i, rep] of reps.entries()) {
      expect(rep.atMs).toBeLessThan(outAndBackReps[i]!.atMs);
    }
  });

  it('counts the last excursion of a stream that ends at the top', () => {
    const upAndStay = steps([
      [0, 0],
      [500, 1],
    ]);
    const { counter, reps } = feed(excursion, upAndStay, 1000);
    expect(counter.reps).toBe(1);
    expect(reps[0]?.atMs).toBeGreaterThanOrEqual(700);
  });

  it('does not count a top shorter than minTopMs', () => {
    const spike = (t: number) => (Math.abs(t - 1000) < 20 ? 1 : 0);
    expect(feed(excursion, spike, 3000).counter.reps).toBe(0);
  });

  it('counts an excursion short of the top past the midpoint of the own range, naming it', () => {
    const { reps } = feed(excursion, bumps([1, 0.6, 1]), 6000);
    expect(reps.map((r) => r.short ?? [])).toEqual([[], ['high'], []]);
  });

  it('does not count one that turns back before the midpoint of the own range', () => {
    const { counter } = feed(excursion, bumps([1, 0.45, 1]), 6000);
    expect(counter.reps).toBe(2);
  });

  it('counts once while dwelling at the top, even as the signal wavers within it', () => {
    const wavering = steps([
      [0, 0],
      [500, 1],
      [1000, 0.7],
      [1300, 1],
      [1800, 0.5],
      [2100, 0.9],
      [2600, 0],
    ]);
    expect(feed(excursion, wavering, 3000).counter.reps).toBe(1);
  });

  it('needs a return to rest before the next excursion', () => {
    const backHalfWay = steps([
      [0, 0],
      [500, 1],
      [1000, 0.5],
      [1500, 1],
      [2000, 0.2],
      [2500, 1],
      [3000, 0],
    ]);
    expect(feed(excursion, backHalfWay, 3500).counter.reps).toBe(2);
  });

  it('counts an excursion already under way when the stream starts, seen rising into the top', () => {
    const openedMidTurn = steps([
      [0, 0.6],
      [200, 1],
      [800, 0],
    ]);
    expect(feed(excursion, openedMidTurn, 1500).counter.reps).toBe(1);
  });

  it('does not count a stream that starts already at the top', () => {
    const openedAtTop = steps([
      [0, 1],
      [800, 0],
    ]);
    expect(feed(excursion, openedAtTop, 1500).counter.reps).toBe(0);
  });

  it('after an abort, counts a rise into the top but not a stream resuming at the top', () => {
    const counter = createRepCounter(excursion);
    let t = 0;
    const run = (value: number, untilMs: number) => {
      for (; t < untilMs; t += 33) counter.update(value, t);
    };
    run(0, 500);
    run(0.6, 800);
    counter.abort();
    run(1, 1500); // resumes at the top: where it started is unknown
    expect(counter.reps).toBe(0);
    run(0.6, 1800);
    counter.abort();
    run(0.6, 2000); // resumes below the top, then is seen reaching it
    run(1, 2500);
    expect(counter.reps).toBe(1);
  });

  it('counts per side from the side at the top', () => {
    const { counter } = feed(excursion, bumps([1, 1, 1]), 6000, (t) =>
      Math.floor(t / 2000) % 2 === 0 ? 'left' : 'right',
    );
    expect(counter.repsBySide).toEqual({ left: 2, right: 1 });
  });
});

describe('rep counter, two-ended', () => {
  const twoEnded = { style: 'two-ended' as const, enter: 0.5, exit: -0.5, minTopMs: 300 };
  const swing =
    (periodMs: number, startPhase = 0) =>
    (t: number) =>
      Math.sin(2 * Math.PI * (t / periodMs) + startPhase);

  it('counts one rep per visit of both ends (cat then cow)', () => {
    // Starts neutral, cat at 1.75 s, cow at 5.25 s, cat at 8.75 s, cow at 12.25 s.
    const { counter, reps } = feed(twoEnded, swing(7000), 13000);
    expect(counter.reps).toBe(2);
    expect(reps[0]?.durationMs).toBeGreaterThan(3000);
  });

  it('does not count a lone end: cow, cat, cow is one rep', () => {
    const { counter } = feed(twoEnded, swing(6000, Math.PI / 2 + Math.PI), 6000);
    expect(counter.reps).toBe(1);
  });

  it('knows which end it is at', () => {
    const counter = createRepCounter(twoEnded);
    for (let t = 0; t <= 600; t += 33) counter.update(-1, t);
    expect(counter.at).toBe('low');
  });
});

describe('rep counter, abrupt signals', () => {
  it('counts a rep whose signal jumps straight from the top to rest (low frame rate)', () => {
    const square = (t: number) => (Math.floor(t / 1000) % 2 === 1 ? 1 : 0);
    const { counter } = feed(
      { style: 'out-and-back', enter: 0.8, exit: 0.3, minTopMs: 200 },
      square,
      4500,
    );
    expect(counter.reps).toBe(2);
  });
});
