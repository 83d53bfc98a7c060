import { describe, expect, it } from 'vitest';
import { createSwingTracker, type SwingTurn } from '../../../../src/form/movement/swing-turns';

function turnsOf(values: number[], turnBack = 5): SwingTurn[] {
  const tracker = createSwingTracker({ turnBack });
  return values.map((v) => tracker.update(v)).filter((t): t is SwingTurn => t !== null);
}

/** Values from `from` to `to` in steps of 2. */
const ramp = (from: number, to: number) =>
  Array.from(
    { length: Math.abs(to - from) / 2 + 1 },
    (_, i) => from + Math.sign(to - from) * 2 * i,
  );

describe('swing turns', () => {
  it('reports each swing once it has come back, with its extreme and travel', () => {
    const turns = turnsOf([...ramp(0, 40), ...ramp(40, -30), ...ramp(-30, 10)]);
    expect(turns).toEqual([
      { heading: 'up', extreme: 40, travel: 40 },
      { heading: 'down', extreme: -30, travel: 70 },
    ]);
  });

  it('does not take a tremor smaller than the turn-back for a turn', () => {
    const tremor = [20, 23, 19, 22, 18, 21, 19, 22];
    expect(turnsOf([...ramp(0, 20), ...tremor, ...ramp(22, 0)], 5)).toEqual([
      { heading: 'up', extreme: 23, travel: 23 },
    ]);
  });

  it('reads a swing that stops short as a turn at its furthest point', () => {
    const turns = turnsOf([...ramp(-30, 4), ...ramp(4, -30), ...ramp(-30, 0)]);
    expect(turns[0]).toEqual({ heading: 'up', extreme: 4, travel: 34 });
    expect(turns[1]).toEqual({ heading: 'down', extreme: -30, travel: 34 });
  });

  it('skips an unmeasured value (NaN) without losing where the swing started', () => {
    const turns = turnsOf([0, Number.NaN, ...ramp(2, 40), Number.NaN, ...ramp(38, 20)]);
    expect(turns).toEqual([{ heading: 'up', extreme: 40, travel: 40 }]);
  });

  it('starts afresh after a reset', () => {
    const tracker = createSwingTracker({ turnBack: 5 });
    for (const v of ramp(0, 30)) tracker.update(v);
    tracker.reset();
    const after = [...ramp(-20, 0), ...ramp(0, -20)].map((v) => tracker.update(v));
    expect(after.filter(Boolean)).toEqual([{ heading: 'up', extreme: 0, travel: 20 }]);
  });
});
