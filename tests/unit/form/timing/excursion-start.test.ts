/**
 * Excursions (neck turns and tilts) when observation starts with the head already at the end of
 * its range: a clip or a camera that starts mid-turn.
 */
import { describe, expect, it } from 'vitest';
import { createRepCounter } from '../../../../src/form/timing/rep-counter';

/** Neck turns' textbook: the end of range from 30 degrees, rest below 12, held 200 ms. */
const turns = { style: 'excursion' as const, enter: 30, exit: 12, minTopMs: 200 };

/** Deterministic tracking jitter, +-amplitude degrees. */
function jitter(amplitude: number) {
  let seed = 7;
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return (seed / 2 ** 31 - 0.5) * 2 * amplitude;
  };
}

/** The counter's reps over `signal(t)` at 10 fps for `untilMs`. */
function repsOver(signal: (t: number) => number, untilMs: number): number {
  const counter = createRepCounter(turns);
  for (let t = 0; t <= untilMs; t += 100) counter.update(signal(t), t, 'left');
  return counter.reps;
}

describe('an excursion under way when observation starts', () => {
  it('counts a head first seen at the end of range that is still turning further', () => {
    // 38 degrees at the first frame, on to 46 over 0.4 s, held, back to rest (the mirrored and
    // cropped webcam clips open like this).
    const arriving = (t: number) => (t <= 400 ? 38 + t / 50 : t < 1500 ? 46 : 3);
    expect(repsOver(arriving, 2000)).toBe(1);
  });

  it('does not count a head held at the end of range from the first frame, with jitter', () => {
    const noise = jitter(2);
    const held = (t: number) => (t < 1500 ? 46 + noise() : 3);
    expect(repsOver(held, 2000)).toBe(0);
  });

  it('does not count a head first seen at the end of range coming back from it', () => {
    const leaving = (t: number) => Math.max(3, 46 - t / 30);
    expect(repsOver(leaving, 2000)).toBe(0);
  });

  it('counts the turns after it as usual', () => {
    const held = (t: number) => (t < 1500 ? 46 : t < 2500 ? 3 : t < 3500 ? 50 : 3);
    expect(repsOver(held, 4000)).toBe(1);
  });
});
