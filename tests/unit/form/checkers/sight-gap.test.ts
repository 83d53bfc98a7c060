import { describe, expect, it } from 'vitest';
import { createSightGap } from '../../../../src/form/checkers/sight-gap';

describe('sight gap', () => {
  it('says when the person comes back after longer than the gap allowed', () => {
    const cameBack = createSightGap(600);
    expect([0, 100, 700, 1301, 1400].map(cameBack)).toEqual([false, false, false, true, false]);
  });

  it('takes time going backwards (a new recording) as a gap', () => {
    const cameBack = createSightGap(600);
    expect([5000, 5100, 200].map(cameBack)).toEqual([false, false, true]);
  });
});
