import { describe, expect, it } from 'vitest';
import { createChangeFromRest } from '../../../../src/form/movement/change-from-rest';

describe('change from rest', () => {
  it('claims no change before any rest is seen', () => {
    expect(createChangeFromRest().update(0.3, false)).toBeNaN();
  });

  it('measures against the mean over the latest rest', () => {
    const change = createChangeFromRest();
    // A camera above the hips shows level hips 0.2 apart.
    for (const value of [0.19, 0.21, 0.2]) change.update(value, true);
    expect(change.update(0.2, false)).toBeCloseTo(0);
    expect(change.update(0.55, false)).toBeCloseTo(0.35);
    // A new rest (the person settled differently) replaces the baseline.
    for (const value of [-0.05, -0.05]) change.update(value, true);
    expect(change.update(-0.05, false)).toBeCloseTo(0);
  });

  it('starts a new baseline at a new rest even when its first frame is unmeasured', () => {
    const change = createChangeFromRest();
    for (const value of [0.2, 0.2]) change.update(value, true);
    change.update(0.5, false);
    // Back at rest: the first frame cannot be measured (a hip out of sight), then 0 twice.
    for (const value of [Number.NaN, 0, 0]) change.update(value, true);
    expect(change.update(0, false)).toBeCloseTo(0);
  });

  it('forgets the baseline on reset and ignores unmeasured values', () => {
    const change = createChangeFromRest();
    change.update(0.1, true);
    change.reset();
    expect(change.update(Number.NaN, true)).toBeNaN();
    expect(change.update(0.4, false)).toBeNaN();
  });
});
