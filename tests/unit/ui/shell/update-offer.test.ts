import { describe, expect, it } from 'vitest';
import { resolveAppRoute } from '../../../../src/ui/app-route';
import { shouldOfferUpdate } from '../../../../src/ui/shell/update-offer';

describe('shouldOfferUpdate', () => {
  it('offers a waiting version on ordinary pages', () => {
    expect(shouldOfferUpdate(true, resolveAppRoute('catalogue'))).toBe(true);
    expect(shouldOfferUpdate(true, resolveAppRoute('history'))).toBe(true);
    expect(shouldOfferUpdate(true, resolveAppRoute(''))).toBe(true);
  });

  it('never interrupts a workout, single exercise or routine', () => {
    expect(shouldOfferUpdate(true, resolveAppRoute('workout'))).toBe(false);
    expect(shouldOfferUpdate(true, resolveAppRoute('workout/plank'))).toBe(false);
  });

  it('offers nothing when no version is waiting', () => {
    expect(shouldOfferUpdate(false, resolveAppRoute('catalogue'))).toBe(false);
  });
});
