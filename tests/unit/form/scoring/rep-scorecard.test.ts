import { describe, expect, it } from 'vitest';
import { createRepScorecard } from '../../../../src/form/scoring/rep-scorecard';
import type { Fault } from '../../../../src/form/types';

const hipsLow: Fault = { id: 'hips-not-extended', bodyPart: 'hips', severity: 0.4 };
const kneesOut: Fault = { id: 'knees-not-over-feet', bodyPart: 'knees', severity: 1 };
const CHECKER = new Set(['hips-not-extended', 'knees-not-over-feet']);

describe('rep scorecard', () => {
  it('scores a rep by time and names the fault that cost it most', () => {
    const card = createRepScorecard();
    expect(card.score).toBe(100);
    card.add(100, [], false, 1000);
    card.add(80, [hipsLow], true, 600);
    card.add(50, [kneesOut], false, 200);
    expect(card.score).toBe(Math.round((100 * 1000 + 80 * 600 + 50 * 200) / 1800));
    // 0.4 x 600 = 240 against 1 x 200 = 200.
    expect(card.worstFault).toBe('hips-not-extended');
  });

  it('names a top fault only when it was shown for at least half the time at the top', () => {
    const card = createRepScorecard();
    card.add(100, [], true, 500);
    card.add(80, [hipsLow], true, 499);
    expect(card.topFault(CHECKER)).toBeUndefined();
    card.add(80, [hipsLow], true, 1);
    expect(card.topFault(CHECKER)).toBe('hips-not-extended');
    // A fault of the way up or down is not the top's, however long.
    card.add(50, [kneesOut], false, 5000);
    expect(card.topFault(CHECKER)).toBe('hips-not-extended');
    expect(card.topFault(new Set(['knees-not-over-feet']))).toBeUndefined();
  });

  it('has no top fault for a rep never at its top, and forgets everything on reset', () => {
    const card = createRepScorecard();
    card.add(50, [kneesOut], false, 1000);
    expect(card.topFault(CHECKER)).toBeUndefined();
    card.add(80, [hipsLow], true, 1000);
    card.reset();
    expect([card.score, card.worstFault, card.topFault(CHECKER)]).toEqual([
      100,
      undefined,
      undefined,
    ]);
  });
});
