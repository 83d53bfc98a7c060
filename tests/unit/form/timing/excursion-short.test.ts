/**
 * An excursion (a neck turn or tilt) that leaves rest clearly but comes back uncounted is a half
 * rep: the counter says so on its return, so the coach can ask for "a little further" instead of
 * counting nothing in silence.
 */
import { describe, expect, it } from 'vitest';
import { createRepCounter } from '../../../../src/form/timing/rep-counter';

/** Neck tilts' textbook: the end of range from 15 degrees, rest below 10, held 200 ms. */
const tilts = { style: 'excursion' as const, enter: 15, exit: 10, minTopMs: 200 };

/** Times (ms, 10 fps) at which the counter reported a half rep over `signal`, and its reps. */
function halfRepsOver(signal: (t: number) => number, untilMs: number) {
  const counter = createRepCounter(tilts);
  const halfReps: number[] = [];
  for (let t = 0; t <= untilMs; t += 100) {
    counter.update(signal(t), t, 'left');
    if (counter.turnedBackShort) halfReps.push(t);
  }
  return { halfReps, reps: counter.reps };
}

/** Rest at 2 degrees, out to `peak` from 1 s to 2 s, back to rest. */
const outTo = (peak: number) => (t: number) => (t >= 1000 && t < 2000 ? peak : 2);

describe('an excursion that comes back uncounted', () => {
  it('is a half rep when it stopped short of the end of range', () => {
    expect(halfRepsOver(outTo(13), 3000)).toEqual({ halfReps: [2000], reps: 0 });
  });

  it('is a half rep when it touched the end for less than the time a top is held', () => {
    const touch = (t: number) => (t === 1000 ? 16 : t > 1000 && t < 1500 ? 12 : 2);
    expect(halfRepsOver(touch, 3000)).toEqual({ halfReps: [1500], reps: 0 });
  });

  it('is nothing when counted, or when it never left rest clearly (jitter at its edge)', () => {
    expect(halfRepsOver(outTo(20), 3000)).toEqual({ halfReps: [], reps: 1 });
    expect(halfRepsOver(outTo(11), 3000)).toEqual({ halfReps: [], reps: 0 });
  });

  it('is nothing when the head was at the end of range from the first frame (not seen leaving rest)', () => {
    const held = (t: number) => (t < 1000 ? 20 : 2);
    expect(halfRepsOver(held, 2000)).toEqual({ halfReps: [], reps: 0 });
  });
});
