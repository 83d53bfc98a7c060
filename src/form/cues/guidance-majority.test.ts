import { describe, expect, it } from 'vitest';
import type { Guidance } from '../types';
import { createGuidanceMajority } from './guidance-majority';

/** Feeds one guidance a frame at 10 per second; returns what the majority was after each frame. */
function feed(pattern: (Guidance | null)[]) {
  const majority = createGuidanceMajority(3000);
  return pattern.map((g, i) => majority.update(i * 100, g));
}

/** `on` frames of the guidance, then `off` frames without, repeated to `frames`. */
const flicker = (on: number, off: number, frames: number, g: Guidance = 'move-back') =>
  Array.from({ length: frames }, (_, i) => (i % (on + off) < on ? g : null));

describe('createGuidanceMajority', () => {
  it('gives guidance that flickers but is asked for most of the time, through its gaps', () => {
    const out = feed(flicker(6, 4, 60));
    // From 1.5 s of history on, every frame: gaps included.
    expect(out.slice(20).every((g) => g === 'move-back')).toBe(true);
  });

  it('gives nothing for guidance asked for less than half the time', () => {
    expect(feed(flicker(4, 6, 60)).every((g) => g === null)).toBe(true);
  });

  it('lets go once the guidance has stopped for most of the window', () => {
    const out = feed([...flicker(6, 4, 40), ...Array<null>(40).fill(null)]);
    expect(out.at(39)).toBe('move-back');
    expect(out.at(-1)).toBeNull();
  });

  it('says nothing before it has seen enough', () => {
    expect(feed(Array<Guidance>(14).fill('move-back')).every((g) => g === null)).toBe(true);
  });
});
