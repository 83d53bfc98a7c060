import { describe, expect, it } from 'vitest';
import { createAwayFromPosition } from '../../../../src/form/checkers/away-from-position';

describe('away from position', () => {
  it('forgets once the person is back after longer away than allowed', () => {
    const cameBack = createAwayFromPosition(600);
    const frames: [number, boolean][] = [
      [0, true],
      [100, true],
      // Out of position 200-800: back at 900, 800 ms after the last frame in position.
      [200, false],
      [800, false],
      [900, true],
      [1000, true],
    ];
    expect(frames.map(([t, inPosition]) => cameBack(t, inPosition))).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it('keeps what it follows through a frame or two out of position, or out of sight', () => {
    const cameBack = createAwayFromPosition(600);
    // A glitched frame at 200, nothing judged 300-700 (unseen), back at 800.
    const frames: [number, boolean][] = [
      [100, true],
      [200, false],
      [300, true],
      [800, true],
    ];
    expect(frames.map(([t, inPosition]) => cameBack(t, inPosition))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(cameBack(1500, true)).toBe(true);
  });

  it('takes time going back (a new recording) as coming back', () => {
    const cameBack = createAwayFromPosition(600);
    expect(cameBack(5000, true)).toBe(false);
    expect(cameBack(200, true)).toBe(true);
    expect(cameBack(300, true)).toBe(false);
  });
});
