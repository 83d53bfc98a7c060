/**
 * An excursion (a neck turn or tilt) that leaves rest clearly but does not reach the end of range
 * is counted on its return, named short, when it passes the midpoint of the person's own range (a
 * neck that moves less than the textbook's still has every tilt counted); before that midpoint it
 * is a half rep, not counted. Either way the coach can ask for "a little further" instead of
 * counting nothing in silence.
 */
import { describe, expect, it } from 'vitest';
import { createRepCounter, type CompletedRep } from '../../../../src/form/timing/rep-counter';

/** Neck tilts' textbook: the end of range from 15 degrees, rest below 10, held 200 ms. */
const tilts = { style: 'excursion' as const, enter: 15, exit: 10, minTopMs: 200 };

/** Times (ms, 10 fps) at which the counter reported a half rep over `signal`, and its reps. */
function halfRepsOver(signal: (t: number) => number, untilMs: number) {
  const counter = createRepCounter(tilts);
  const halfReps: number[] = [];
  const counted: CompletedRep[] = [];
  for (let t = 0; t <= untilMs; t += 100) {
    const rep = counter.update(signal(t), t, 'left');
    if (rep) counted.push(rep);
    if (counter.turnedBackShort) halfReps.push(t);
  }
  return { halfReps, reps: counter.reps, counted };
}

/** Rest at 2 degrees, out to `peak` from 1 s to 2 s, back to rest. */
const outTo = (peak: number) => (t: number) => (t >= 1000 && t < 2000 ? peak : 2);

describe('an excursion that comes back short of the end of range', () => {
  it('counts as a short rep when it stopped short of the end of range', () => {
    const { halfReps, counted } = halfRepsOver(outTo(13), 3000);
    expect(halfReps).toEqual([]);
    expect(counted.map((r) => [r.atMs, r.side, r.short])).toEqual([[2000, 'left', ['high']]]);
  });

  it('counts as a short rep when it touched the end for less than the time a top is held', () => {
    const touch = (t: number) => (t === 1000 ? 16 : t > 1000 && t < 1500 ? 12 : 2);
    const { halfReps, counted } = halfRepsOver(touch, 3000);
    expect(halfReps).toEqual([]);
    expect(counted.map((r) => r.short)).toEqual([['high']]);
  });

  it("is a half rep when it turns back before the midpoint of the person's own range", () => {
    // Two full tilts to 30 degrees, then one to 13: short of half their range.
    const excursions = [30, 30, 13];
    const signal = (t: number) => {
      const i = Math.floor(t / 2000);
      return i < excursions.length && t % 2000 >= 500 && t % 2000 < 1500 ? excursions[i]! : 2;
    };
    const { halfReps, reps } = halfRepsOver(signal, 6000);
    expect(reps).toBe(2);
    expect(halfReps).toEqual([5500]);
  });

  it("never counts one short of the textbook range's midpoint (half a textbook rep)", () => {
    // Neck turns: rest below 12 degrees, the end from 30, the midpoint 21.
    const turns = { style: 'excursion' as const, enter: 30, exit: 12, minTopMs: 200 };
    const over = (peak: number) => {
      const counter = createRepCounter(turns);
      for (let t = 0; t <= 3000; t += 100) counter.update(outTo(peak)(t), t, 'left');
      return counter.reps;
    };
    expect(over(19)).toBe(0);
    expect(over(24)).toBe(1);
  });

  it('is a half rep when it left rest clearly for a single frame (a spike of the tracking)', () => {
    const spike = (t: number) => (t === 1000 ? 16 : 2);
    expect(halfRepsOver(spike, 3000)).toMatchObject({ halfReps: [1100], reps: 0 });
  });

  it('is nothing when counted, or when it never left rest clearly (jitter at its edge)', () => {
    expect(halfRepsOver(outTo(20), 3000)).toMatchObject({ halfReps: [], reps: 1 });
    expect(halfRepsOver(outTo(11), 3000)).toMatchObject({ halfReps: [], reps: 0 });
  });

  it('is nothing when the head was at the end of range from the first frame (not seen leaving rest)', () => {
    const held = (t: number) => (t < 1000 ? 20 : 2);
    expect(halfRepsOver(held, 2000)).toMatchObject({ halfReps: [], reps: 0 });
  });
});
