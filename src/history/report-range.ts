/**
 * The period a history report covers: the last few weeks, two dates, or everything. The report
 * says which period it is, and its figures count only the workouts that started inside it.
 */
import type { WorkoutRow } from './history-records';
import { weekStart } from './progress';

export const REPORT_WEEKS = [2, 4, 8, 12] as const;

export type ReportRange =
  | { kind: 'all' }
  | { kind: 'weeks'; weeks: number }
  /** Calendar days as yyyy-mm-dd (what a date input gives), both included. */
  | { kind: 'dates'; from: string; to: string };

/** The first and last moment inside a range (local time), or why the range cannot be used. */
export type RangeBounds =
  { ok: true; start: Date | undefined; end: Date; weeks: number } | { ok: false; message: string };

export type UsableBounds = Extract<RangeBounds, { ok: true }>;

/** Weeks shown in the weekly table when the report covers everything (as before ranges came). */
const WEEKS_FOR_ALL = 8;
const WEEK_MS = 7 * 86_400_000;

function localDay(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // new Date rolls 31 February over into March; such a day is not a real one.
  return date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** Calendar weeks (Monday to Sunday) that the days from `start` to `end` touch. */
function weeksTouched(start: Date, end: Date): number {
  return Math.round((weekStart(end).getTime() - weekStart(start).getTime()) / WEEK_MS) + 1;
}

/** Everything up to now: the report's period until the person chooses another. */
export function boundsOfAll(now: Date): UsableBounds {
  return { ok: true, start: undefined, end: now, weeks: WEEKS_FOR_ALL };
}

export function rangeBounds(range: ReportRange, now: Date): RangeBounds {
  switch (range.kind) {
    case 'all':
      return boundsOfAll(now);
    case 'weeks': {
      // The current week counts as the last one, so "the last 4 weeks" is 4 rows of the table.
      const start = weekStart(now);
      start.setDate(start.getDate() - 7 * (range.weeks - 1));
      return { ok: true, start, end: now, weeks: range.weeks };
    }
    case 'dates': {
      const start = localDay(range.from);
      const lastDay = localDay(range.to);
      if (!start || !lastDay) return { ok: false, message: 'Choose both dates of the period.' };
      if (start > lastDay) {
        return { ok: false, message: 'The first date is after the last one: swap them.' };
      }
      const end = new Date(lastDay);
      end.setHours(23, 59, 59, 999);
      return { ok: true, start, end, weeks: weeksTouched(start, lastDay) };
    }
  }
}

/** The workouts that started inside the bounds, in the order given. */
export function workoutsInRange<W extends Pick<WorkoutRow, 'startedAt'>>(
  workouts: readonly W[],
  bounds: UsableBounds,
): W[] {
  return workouts.filter((workout) => {
    const started = Date.parse(workout.startedAt);
    return (
      (bounds.start === undefined || started >= bounds.start.getTime()) &&
      started <= bounds.end.getTime()
    );
  });
}

/** "the last 4 weeks (5 Nov 2026 – 2 Dec 2026)": the report's period, in words. */
export function describeRange(range: ReportRange, bounds: UsableBounds, locale?: string): string {
  const day = (date: Date) =>
    date.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const dates = bounds.start ? `${day(bounds.start)} – ${day(bounds.end)}` : '';
  switch (range.kind) {
    case 'all':
      return 'every workout kept in this browser';
    case 'weeks':
      return `the last ${range.weeks} weeks (${dates})`;
    case 'dates':
      return dates;
  }
}
