import { z } from 'zod';

/** How one exercise of a workout went. */
export const exerciseRecordSchema = z.strictObject({
  exerciseId: z.string().min(1),
  name: z.string(),
  /** Time-weighted form score 0-100 while in position; null when never in position. */
  score: z.number().min(0).max(100).nullable(),
  holdSeconds: z.number().nonnegative(),
  targetHoldSeconds: z.number().nonnegative().optional(),
  reps: z.int().nonnegative(),
  repsBySide: z.strictObject({ left: z.int().nonnegative(), right: z.int().nonnegative() }),
  targetReps: z.int().nonnegative().optional(),
  perSide: z.boolean(),
  secondsInPosition: z.number().nonnegative(),
  /** Each fault seen, with how long it lasted in all, longest first. */
  faults: z.array(
    z.strictObject({ id: z.string().min(1), cue: z.string(), seconds: z.number().nonnegative() }),
  ),
});
export type ExerciseRecord = z.infer<typeof exerciseRecordSchema>;

export const sessionRecordSchema = z.strictObject({
  id: z.string().min(1),
  /** ISO 8601 times. */
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  routine: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  /** Whether the person pressed Finish (false: saved as they moved on, mid-workout). */
  finished: z.boolean(),
  exercises: z.array(exerciseRecordSchema),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;
