import { describe, expect, it } from 'vitest';
import { createRollFromRest } from '../../../../src/form/movement/roll-from-rest';

describe('roll from rest', () => {
  it('claims no roll before any rest is seen', () => {
    expect(createRollFromRest().update(30, false)).toBeNaN();
  });

  it('measures the tilt against its mean over the latest rest', () => {
    const roll = createRollFromRest();
    // A camera looking down shows the level hips tilted by 20 degrees.
    for (const tilt of [19, 21, 20]) roll.update(tilt, true);
    expect(roll.update(20, false)).toBeCloseTo(0);
    expect(roll.update(45, false)).toBeCloseTo(25);
    // A new rest (the person settled differently) replaces the baseline.
    for (const tilt of [-5, -5]) roll.update(tilt, true);
    expect(roll.update(-5, false)).toBeCloseTo(0);
  });

  it('forgets the baseline on reset and ignores unmeasured tilts', () => {
    const roll = createRollFromRest();
    roll.update(10, true);
    roll.reset();
    expect(roll.update(Number.NaN, true)).toBeNaN();
    expect(roll.update(40, false)).toBeNaN();
  });
});
