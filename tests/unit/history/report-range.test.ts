import { describe, expect, it } from 'vitest';
import {
  describeRange,
  rangeBounds,
  workoutsInRange,
  type ReportRange,
  type UsableBounds,
} from '../../../src/history/report-range';

/** Wednesday 2 December 2026, 15:00 local time. */
const NOW = new Date(2026, 11, 2, 15, 0);
const at = (y: number, m: number, d: number, h = 12) => ({
  id: `${y}-${m}-${d}T${h}`,
  startedAt: new Date(y, m - 1, d, h).toISOString(),
});

function usable(range: ReportRange): UsableBounds {
  const bounds = rangeBounds(range, NOW);
  if (!bounds.ok) throw new Error(bounds.message);
  return bounds;
}

describe('report range', () => {
  const workouts = [
    at(2026, 12, 2, 9), // this week (Monday 30 Nov)
    at(2026, 11, 30, 0), // Monday 00:00 of this week
    at(2026, 11, 29, 23), // Sunday before: last week
    at(2026, 11, 16, 8), // three weeks ago
    at(2026, 11, 8, 20), // the Sunday just before the fourth week back (Monday 9 Nov)
    at(2026, 9, 1),
  ];

  it('the last N weeks are this calendar week and the N-1 before it', () => {
    const ids = (weeks: number) =>
      workoutsInRange(workouts, usable({ kind: 'weeks', weeks })).map((w) => w.id);
    expect(ids(2)).toEqual(['2026-12-2T9', '2026-11-30T0', '2026-11-29T23']);
    expect(ids(4)).toEqual(['2026-12-2T9', '2026-11-30T0', '2026-11-29T23', '2026-11-16T8']);
    expect(ids(12)).toHaveLength(5);
    expect(usable({ kind: 'weeks', weeks: 4 }).weeks).toBe(4);
  });

  it('two dates include both whole days, and the weekly table spans their weeks', () => {
    const bounds = usable({ kind: 'dates', from: '2026-11-16', to: '2026-11-29' });
    expect(workoutsInRange(workouts, bounds).map((w) => w.id)).toEqual([
      '2026-11-29T23',
      '2026-11-16T8',
    ]);
    expect(bounds.weeks).toBe(2);
    expect(usable({ kind: 'dates', from: '2026-11-15', to: '2026-11-16' }).weeks).toBe(2);
    expect(usable({ kind: 'dates', from: '2026-12-02', to: '2026-12-02' }).weeks).toBe(1);
  });

  it('everything keeps every workout', () => {
    expect(workoutsInRange(workouts, usable({ kind: 'all' }))).toHaveLength(workouts.length);
  });

  it('refuses missing, impossible or reversed dates with a message', () => {
    expect(rangeBounds({ kind: 'dates', from: '', to: '2026-11-29' }, NOW)).toEqual({
      ok: false,
      message: 'Choose both dates of the period.',
    });
    expect(rangeBounds({ kind: 'dates', from: '2026-02-31', to: '2026-03-02' }, NOW).ok).toBe(
      false,
    );
    const reversed = rangeBounds({ kind: 'dates', from: '2026-11-29', to: '2026-11-16' }, NOW);
    expect(reversed.ok ? '' : reversed.message).toMatch(/after the last/);
  });

  it('says the period in words, with its dates', () => {
    const weeks: ReportRange = { kind: 'weeks', weeks: 4 };
    expect(describeRange(weeks, usable(weeks), 'en-GB')).toBe(
      'the last 4 weeks (9 Nov 2026 – 2 Dec 2026)',
    );
    const dates: ReportRange = { kind: 'dates', from: '2026-11-16', to: '2026-11-29' };
    expect(describeRange(dates, usable(dates), 'en-GB')).toBe('16 Nov 2026 – 29 Nov 2026');
    expect(describeRange({ kind: 'all' }, usable({ kind: 'all' }))).toMatch(/every workout/);
  });
});
