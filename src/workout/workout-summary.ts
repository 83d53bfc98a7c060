import type { ExerciseRecord, SessionRecord } from './session-record';

/** One exercise at the end of a workout, as the summary shows it. */
export interface ExerciseSummary {
  exerciseId: string;
  name: string;
  /** "28 s of 30 s" or "8 of 10 reps". */
  work: string;
  reached: boolean;
  /** "82", or "–" when the form was never judged. */
  score: string;
  /** The most frequent faults, longest first, each with the cue to remember. */
  remember: { id: string; cue: string; seconds: number }[];
}

export interface WorkoutSummary {
  /** "12 min 5 s". */
  duration: string;
  exercises: ExerciseSummary[];
}

/** How many faults the summary keeps per exercise: a person remembers one or two cues, not six. */
export const FAULTS_TO_REMEMBER = 2;

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

function work(record: ExerciseRecord): { text: string; reached: boolean } {
  if (record.targetReps !== undefined) {
    const count = record.perSide
      ? Math.min(record.repsBySide.left, record.repsBySide.right)
      : record.reps;
    const sides = record.perSide
      ? ` each side (left ${record.repsBySide.left}, right ${record.repsBySide.right})`
      : '';
    return {
      text: `${count} of ${record.targetReps} reps${sides}`,
      reached: count >= record.targetReps,
    };
  }
  const held = Math.floor(record.holdSeconds);
  if (record.targetHoldSeconds === undefined) return { text: `${held} s held`, reached: false };
  return {
    text: `${held} s of ${Math.round(record.targetHoldSeconds)} s`,
    reached: record.holdSeconds >= record.targetHoldSeconds,
  };
}

/** The end-of-workout summary of a session record. */
export function workoutSummary(record: SessionRecord): WorkoutSummary {
  return {
    duration: formatDuration(Date.parse(record.endedAt) - Date.parse(record.startedAt)),
    exercises: record.exercises.map((exercise) => {
      const done = work(exercise);
      return {
        exerciseId: exercise.exerciseId,
        name: exercise.name,
        work: done.text,
        reached: done.reached,
        score: exercise.score === null ? '–' : String(Math.round(exercise.score)),
        remember: [...exercise.faults]
          .sort((a, b) => b.seconds - a.seconds)
          .slice(0, FAULTS_TO_REMEMBER),
      };
    }),
  };
}
