import type { ExerciseRecord } from './session-record';

/** "Mon 25 Nov 2026, 14:05": a session's date as a person reads it, in their own locale. */
export function sessionDate(iso: string, locale?: string): string {
  return new Date(iso).toLocaleString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "held 28 s of 30 s" or "10 of 10 reps (left 5, right 5)". */
export function workDone(record: ExerciseRecord): string {
  const held = `${Math.round(record.holdSeconds)} s`;
  if (record.targetReps !== undefined) {
    const sides = record.perSide
      ? ` (left ${record.repsBySide.left}, right ${record.repsBySide.right})`
      : '';
    const hold = record.holdSeconds > 0 ? `, held ${held}` : '';
    return `${record.reps} of ${record.targetReps} reps${sides}${hold}`;
  }
  return record.targetHoldSeconds !== undefined
    ? `held ${held} of ${Math.round(record.targetHoldSeconds)} s`
    : `held ${held}`;
}

/** "Lift your hips… (4.2 s)", longest first, for the faults of an exercise. */
export function faultLines(record: ExerciseRecord): string[] {
  return record.faults.map((f) => `${f.cue} (${f.seconds.toFixed(1)} s)`);
}
