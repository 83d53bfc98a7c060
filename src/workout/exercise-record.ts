import type { EngineSummary } from '../form/types';
import type { ExerciseTargets } from './exercise-targets';
import type { ExerciseRecord } from './session-record';

/** Turns the engine's summary of an exercise into what the history keeps. */
export function exerciseRecord(
  summary: EngineSummary,
  exercise: { id: string; name: string; cues: Readonly<Record<string, string>> },
  targets: ExerciseTargets,
): ExerciseRecord {
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const faults = Object.entries(summary.faultSeconds)
    .filter(([, seconds]) => seconds > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id, seconds]) => ({ id, cue: exercise.cues[id] ?? id, seconds: round1(seconds) }));
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    score: summary.score,
    holdSeconds: round1(summary.holdSeconds),
    ...(targets.kind === 'hold' ? { targetHoldSeconds: targets.holdSeconds } : {}),
    reps: summary.reps,
    repsBySide: { ...summary.repsBySide },
    ...(targets.kind === 'reps' ? { targetReps: targets.reps } : {}),
    perSide: targets.kind === 'reps' && targets.perSide,
    secondsInPosition: round1(summary.secondsInPosition),
    faults,
  };
}

/** Whether anything happened in the exercise worth keeping in the history. */
export function hasActivity(summary: EngineSummary): boolean {
  return summary.secondsInPosition > 0 || summary.holdSeconds > 0 || summary.reps > 0;
}
