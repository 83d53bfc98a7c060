import type { SetRow, WorkoutRow } from './history-records';

const DAY_MS = 86_400_000;

/** Monday 00:00 (local time) of the week a date falls in. */
export function weekStart(date: Date): Date {
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const sinceMonday = (start.getDay() + 6) % 7;
  start.setDate(start.getDate() - sinceMonday);
  return start;
}

export interface WeekCount {
  /** ISO date (yyyy-mm-dd, local) of the week's Monday. */
  week: string;
  workouts: number;
}

const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Workouts per week for the last `weeks` weeks up to `now`, oldest first (empty weeks too). */
export function workoutsPerWeek(
  workouts: readonly WorkoutRow[],
  now: Date,
  weeks = 8,
): WeekCount[] {
  const thisWeek = weekStart(now);
  const counts: WeekCount[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const start = new Date(thisWeek);
    start.setDate(start.getDate() - 7 * i);
    counts.push({ week: isoDay(start), workouts: 0 });
  }
  const first = new Date(thisWeek.getTime() - (weeks - 1) * 7 * DAY_MS - DAY_MS);
  for (const workout of workouts) {
    const started = new Date(workout.startedAt);
    if (started < first) continue;
    const entry = counts.find((c) => c.week === isoDay(weekStart(started)));
    if (entry) entry.workouts += 1;
  }
  return counts;
}

/** One exercise in one workout: its sets added up. */
export interface ExercisePoint {
  workoutId: string;
  startedAt: string;
  holdSeconds: number;
  reps: number;
  /** Time-weighted over the sets' judged time; null when nothing was judged. */
  score: number | null;
  faultIds: string[];
}

export interface ExerciseProgress {
  exerciseId: string;
  name: string;
  countsReps: boolean;
  /** Oldest first. */
  points: ExercisePoint[];
  /** Faults seen before that the last two workouts of this exercise no longer show. */
  fading: string[];
  /** Faults seen in at least two of the last three workouts of this exercise. */
  persisting: string[];
  /** Cue text per fault id, for the page. */
  cues: Record<string, string>;
}

/** Per exercise, across workouts: hold time, reps, form score and how its faults are going. */
export function exerciseProgress(
  workouts: readonly WorkoutRow[],
  setsByWorkout: ReadonlyMap<string, readonly SetRow[]>,
): ExerciseProgress[] {
  const oldestFirst = [...workouts].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const byId = new Map<string, ExerciseProgress>();
  for (const workout of oldestFirst) {
    const perExercise = new Map<string, SetRow[]>();
    for (const set of setsByWorkout.get(workout.id) ?? []) {
      perExercise.set(set.exerciseId, [...(perExercise.get(set.exerciseId) ?? []), set]);
    }
    for (const [exerciseId, sets] of perExercise) {
      const progress = byId.get(exerciseId) ?? {
        exerciseId,
        name: sets[0]!.name,
        countsReps: false,
        points: [],
        fading: [],
        persisting: [],
        cues: {},
      };
      byId.set(exerciseId, progress);
      progress.countsReps ||= sets.some((s) => s.target?.kind === 'reps');
      const judged = sets.reduce((n, s) => n + (s.score === null ? 0 : s.secondsInPosition), 0);
      const weighted = sets.reduce(
        (n, s) => n + (s.score === null ? 0 : s.score * s.secondsInPosition),
        0,
      );
      const scored = sets.filter((s) => s.score !== null);
      const score =
        judged > 0
          ? Math.round(weighted / judged)
          : scored.length > 0
            ? Math.round(scored.reduce((n, s) => n + s.score!, 0) / scored.length)
            : null;
      const faultIds = [...new Set(sets.flatMap((s) => s.faults.map((f) => f.id)))];
      for (const set of sets) for (const f of set.faults) progress.cues[f.id] = f.cue;
      progress.points.push({
        workoutId: workout.id,
        startedAt: workout.startedAt,
        holdSeconds: Math.round(sets.reduce((n, s) => n + s.holdSeconds, 0) * 10) / 10,
        reps: sets.reduce((n, s) => n + s.reps, 0),
        score,
        faultIds,
      });
    }
  }
  for (const progress of byId.values()) {
    const recent = progress.points.slice(-3);
    const lastTwo = progress.points.slice(-2);
    const seen = new Set(progress.points.flatMap((p) => p.faultIds));
    for (const id of seen) {
      const recentCount = recent.filter((p) => p.faultIds.includes(id)).length;
      if (recentCount >= 2) progress.persisting.push(id);
      else if (progress.points.length > 2 && lastTwo.every((p) => !p.faultIds.includes(id)))
        progress.fading.push(id);
    }
  }
  const lastDone = (p: ExerciseProgress) => p.points.at(-1)?.startedAt ?? '';
  return [...byId.values()].sort((a, b) => lastDone(b).localeCompare(lastDone(a)));
}
