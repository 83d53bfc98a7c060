import type { SessionRecord } from './session-record';
import { workDone } from './session-text';

/** One exercise across sessions, oldest first: what the history page charts. */
export interface ExerciseSeries {
  exerciseId: string;
  name: string;
  dates: string[];
  scores: (number | null)[];
  holdSeconds: number[];
  reps: number[];
  /** Whether the exercise is counted in reps (else timed as a hold). */
  countsReps: boolean;
  /** The most recent session's figures, in words, beside the charts. */
  latest: { score: number | null; work: string };
}

/** Series per exercise, in the order exercises were last done (most recent first). */
export function exerciseSeries(sessions: readonly SessionRecord[]): ExerciseSeries[] {
  const oldestFirst = [...sessions].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const byId = new Map<string, ExerciseSeries>();
  for (const session of oldestFirst) {
    for (const record of session.exercises) {
      let series = byId.get(record.exerciseId);
      if (!series) {
        series = {
          exerciseId: record.exerciseId,
          name: record.name,
          dates: [],
          scores: [],
          holdSeconds: [],
          reps: [],
          countsReps: false,
          latest: { score: null, work: '' },
        };
        byId.set(record.exerciseId, series);
      }
      series.dates.push(session.startedAt);
      series.scores.push(record.score);
      series.holdSeconds.push(record.holdSeconds);
      series.reps.push(record.reps);
      series.countsReps ||= record.targetReps !== undefined;
      series.latest = { score: record.score, work: workDone(record) };
    }
  }
  const lastDone = (s: ExerciseSeries) => s.dates[s.dates.length - 1] ?? '';
  return [...byId.values()].sort((a, b) => lastDone(b).localeCompare(lastDone(a)));
}
