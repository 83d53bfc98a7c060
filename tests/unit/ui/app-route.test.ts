import { describe, expect, it } from 'vitest';
import { navSection, resolveAppRoute } from '../../../src/ui/app-route';

describe('resolveAppRoute', () => {
  it('opens the coach for an empty address', () => {
    expect(resolveAppRoute('')).toEqual({ area: 'coach' });
    expect(resolveAppRoute('coach')).toEqual({ area: 'coach' });
  });

  it('routes content and workout pages', () => {
    expect(resolveAppRoute('exercise/plank')).toEqual({
      area: 'content',
      route: { page: 'exercise', id: 'plank' },
    });
    expect(resolveAppRoute('history')).toEqual({ area: 'workout', route: { page: 'history' } });
    expect(resolveAppRoute('workout/plank')).toEqual({
      area: 'workout',
      route: { page: 'workout', exerciseId: 'plank' },
    });
  });

  it('says "not found" for an unknown address instead of showing nothing', () => {
    expect(resolveAppRoute('nowhere')).toEqual({ area: 'not-found', address: 'nowhere' });
    expect(resolveAppRoute('catalogue/extra')).toEqual({
      area: 'not-found',
      address: 'catalogue/extra',
    });
    expect(resolveAppRoute('coach/x').area).toBe('not-found');
  });
});

describe('navSection', () => {
  it('marks the section a page belongs to', () => {
    expect(navSection(resolveAppRoute('exercise/plank'))).toBe('catalogue');
    expect(navSection(resolveAppRoute('routine/neck-desk'))).toBe('routines');
    expect(navSection(resolveAppRoute('history'))).toBe('history');
    expect(navSection(resolveAppRoute('checkin'))).toBe('checkin');
    expect(navSection(resolveAppRoute(''))).toBe('coach');
  });

  it('marks nothing for pages outside the navigation', () => {
    expect(navSection(resolveAppRoute('workout/plank'))).toBeUndefined();
    expect(navSection(resolveAppRoute('stop'))).toBeUndefined();
    expect(navSection(resolveAppRoute('nowhere'))).toBeUndefined();
  });
});
