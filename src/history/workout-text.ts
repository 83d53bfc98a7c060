import type { SetRow, WorkoutEnding, WorkoutRow } from './history-records';

/** How a stored workout ended, in words; one never closed was interrupted (tab closed, crash). */
export function endingText(ending: WorkoutEnding): string {
  switch (ending) {
    case 'finished':
      return 'finished';
    case 'stopped-for-pain':
      return 'stopped for pain';
    case 'interrupted':
    case 'in-progress':
      return 'interrupted';
  }
}

/** "12 of 30 s held" / "8 of 10 reps (left 4, right 4)": a set's work against its dose. */
export function setWork(set: SetRow): string {
  const perSet = (total: number) => total / Math.max(1, set.setsPrescribed);
  if (set.target?.kind === 'reps') {
    const sides = set.target.perSide
      ? ` (left ${set.repsBySide.left}, right ${set.repsBySide.right})`
      : '';
    return `${set.reps} of ${Math.round(perSet(set.target.reps))} reps${sides}`;
  }
  const held = `${Math.round(set.holdSeconds)} s`;
  return set.target
    ? `held ${held} of ${Math.round(perSet(set.target.holdSeconds))} s`
    : `held ${held}`;
}

/** Minutes a workout lasted, from its start to its last save. */
export function workoutMinutes(workout: WorkoutRow): number {
  return Math.max(
    0,
    Math.round((Date.parse(workout.endedAt) - Date.parse(workout.startedAt)) / 60_000),
  );
}

/** A stored workout's date as a person reads it, in their own locale. */
export function workoutDate(iso: string, locale?: string): string {
  return new Date(iso).toLocaleString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "Glute bridge: 3 sets, form 84 · Forearm plank: held 28 s of 30 s, form 71": a workout in a line. */
export function exerciseLine(sets: readonly SetRow[]): string {
  const byExercise = new Map<string, SetRow[]>();
  for (const set of sets) byExercise.set(set.name, [...(byExercise.get(set.name) ?? []), set]);
  return [...byExercise.entries()]
    .map(([name, list]) => {
      const scores = list.flatMap((s) => (s.score === null ? [] : [s.score]));
      const form = scores.length
        ? `, form ${Math.round(scores.reduce((n, v) => n + v, 0) / scores.length)}`
        : '';
      const work = list.length === 1 ? setWork(list[0]!) : `${list.length} sets`;
      return `${name}: ${work}${form}`;
    })
    .join(' · ');
}
