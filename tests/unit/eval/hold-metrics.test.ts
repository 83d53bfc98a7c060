import { describe, expect, it } from 'vitest';
import {
  compareHolds,
  holdIncrements,
  holdSecondsNearEdges,
  holdSecondsOutside,
} from '../../eval/hold-metrics';

/** A hold clock sampled at 10 fps that runs from `from` to `to` seconds of media time. */
function clock(durationS: number, from: number, to: number) {
  const samples = [];
  let held = 0;
  for (let t = 0; t <= durationS + 1e-9; t += 0.1) {
    if (t > from + 1e-9 && t <= to + 1e-9) held += 0.1;
    samples.push({ timestampMs: Math.round(t * 1000), holdSeconds: held });
  }
  return samples;
}

describe('hold metrics', () => {
  it('turns the running clock into increments, a restart counting from zero', () => {
    const increments = holdIncrements([
      { timestampMs: 0, holdSeconds: 0 },
      { timestampMs: 100, holdSeconds: 0.1 },
      { timestampMs: 200, holdSeconds: 0.2 },
      { timestampMs: 300, holdSeconds: 0.05 },
      { timestampMs: 400, holdSeconds: 0.05 },
    ]);
    expect(increments.map((i) => i.atS)).toEqual([0.1, 0.2, 0.3]);
    expect(increments.reduce((s, i) => s + i.seconds, 0)).toBeCloseTo(0.25);
  });

  it('places a clock that runs behind the frames at the time it has counted up to', () => {
    // The engine decides each frame 0.3 s late: held 2-4 s shows on the clock at 2.3-4.3 s.
    const behind = clock(6, 2.3, 4.3).map((sample) => ({
      ...sample,
      holdClockAtMs: sample.timestampMs - 300,
    }));
    const increments = holdIncrements(behind);
    expect(compareHolds(increments, [[2, 4]]).engineSeconds).toBeCloseTo(2);
    expect(holdSecondsOutside(increments, [[2, 4]], 0)).toBeCloseTo(0);
  });

  it('compares the hold time inside the labelled holds with the labelled duration', () => {
    const late = compareHolds(holdIncrements(clock(10, 2.5, 6)), [[2, 6]]);
    expect(late.labelledSeconds).toBe(4);
    expect(late.engineSeconds).toBeCloseTo(3.5);
    expect(late.errorSeconds).toBeCloseTo(-0.5);
    // Holding on past the label is not credited: that is the "outside" check's business.
    const throughout = compareHolds(holdIncrements(clock(10, 0, 10)), [[2, 6]]);
    expect(throughout.engineSeconds).toBeCloseTo(4);
  });

  it('counts hold time far from any labelled activity as outside, not near its edges', () => {
    const nearEdge = holdIncrements(clock(10, 1.7, 6));
    expect(holdSecondsOutside(nearEdge, [[2, 6]], 0.5)).toBeCloseTo(0);
    const titleCard = holdIncrements(clock(10, 0, 1));
    expect(holdSecondsOutside(titleCard, [[2, 6]], 0.5)).toBeCloseTo(1);
  });

  it('reports hold time just past a labelled edge separately, without calling it outside', () => {
    // Held from 1.7 s (0.3 s early) to 6.4 s (0.4 s late) around a hold labelled 2-6 s.
    const early = holdIncrements(clock(10, 1.7, 6.4));
    expect(holdSecondsNearEdges(early, [[2, 6]], 0.5)).toBeCloseTo(0.7);
    expect(holdSecondsOutside(early, [[2, 6]], 0.5)).toBeCloseTo(0);
    // Beyond the tolerance the rest is outside; the edge part is still reported on its own.
    const late = holdIncrements(clock(10, 2, 7.5));
    expect(holdSecondsNearEdges(late, [[2, 6]], 0.5)).toBeCloseTo(0.5);
    expect(holdSecondsOutside(late, [[2, 6]], 0.5)).toBeCloseTo(1);
    const inside = holdIncrements(clock(10, 2, 6));
    expect(holdSecondsNearEdges(inside, [[2, 6]], 0.5)).toBeCloseTo(0);
  });
});
