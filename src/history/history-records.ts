import { z } from 'zod';

/**
 * What the history keeps, one row type per table. Times inside a set are milliseconds from the
 * set's start, so a set's rows never depend on the pipeline's clock.
 */

/** How a workout ended; 'in-progress' is never closed yet, and shows as interrupted once left. */
export const workoutEndingSchema = z.enum([
  'finished',
  'stopped-for-pain',
  'interrupted',
  'in-progress',
]);
export type WorkoutEnding = z.infer<typeof workoutEndingSchema>;

export const workoutRowSchema = z.strictObject({
  id: z.string().min(1),
  /** ISO 8601: when the workout started and when it was last saved (or closed). */
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  routine: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  ending: workoutEndingSchema,
});
export type WorkoutRow = z.infer<typeof workoutRowSchema>;

export const setTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('hold'), holdSeconds: z.number().nonnegative() }),
  z.strictObject({ kind: z.literal('reps'), reps: z.int().nonnegative(), perSide: z.boolean() }),
]);
export type SetTarget = z.infer<typeof setTargetSchema>;

export const setFaultSchema = z.strictObject({
  id: z.string().min(1),
  cue: z.string(),
  /** The body part the skeleton lights up in a replay; absent for migrated sessions. */
  bodyPart: z.string().optional(),
  seconds: z.number().nonnegative(),
  /** [start, end] in ms from the set's start; empty for migrated sessions (v1 kept totals only). */
  spans: z.array(z.tuple([z.number(), z.number()])),
});
export type SetFault = z.infer<typeof setFaultSchema>;

export const setRowSchema = z.strictObject({
  /** `${workoutId}/${seq}`: stable, so saving a set again replaces it. */
  id: z.string().min(1),
  workoutId: z.string().min(1),
  /** Order of the set in the workout, from 0. */
  seq: z.int().nonnegative(),
  exerciseId: z.string().min(1),
  name: z.string(),
  /** The set's number within its exercise (1-based) and how many sets the dose prescribes. */
  setNumber: z.int().positive(),
  setsPrescribed: z.int().positive(),
  /** The whole exercise's target (every set), as the workout counted it; null if none was set. */
  target: setTargetSchema.nullable(),
  startedAt: z.iso.datetime(),
  durationMs: z.number().nonnegative(),
  holdSeconds: z.number().nonnegative(),
  reps: z.int().nonnegative(),
  repsBySide: z.strictObject({ left: z.int().nonnegative(), right: z.int().nonnegative() }),
  /** Time-weighted form score 0-100 while in position; null when never in position. */
  score: z.number().min(0).max(100).nullable(),
  secondsInPosition: z.number().nonnegative(),
  /** Longest first. */
  faults: z.array(setFaultSchema),
});
export type SetRow = z.infer<typeof setRowSchema>;

export const repRowSchema = z.strictObject({
  /** `${setId}/${n}`. */
  id: z.string().min(1),
  setId: z.string().min(1),
  workoutId: z.string().min(1),
  n: z.int().positive(),
  side: z.enum(['left', 'right']).optional(),
  startMs: z.number(),
  durationMs: z.number().nonnegative(),
  score: z.number().min(0).max(100),
  worstFault: z.string().optional(),
});
export type RepRow = z.infer<typeof repRowSchema>;

/** Landmarks kept per frame: MediaPipe's 33, as x and y (no image, no depth). */
export const TRACK_POINTS = 33;
/** x and y (0-1 of the frame, may stray a little outside) are stored as integers of this scale. */
export const TRACK_SCALE = 10_000;
/** A score byte meaning "nothing judged in this frame". */
export const NO_SCORE = 255;

/**
 * A piece of a set's landmark track, appended as the set goes on (never rewritten): per frame the
 * time, x and y of each landmark, their visibility and the form score.
 */
export interface TrackChunk {
  setId: string;
  seq: number;
  workoutId: string;
  width: number;
  height: number;
  /** ms from the set's start, one per frame. */
  times: Uint32Array;
  /** frames × 33 × 2, x then y, scaled by TRACK_SCALE. */
  points: Int16Array;
  /** frames × 33, visibility × 255. */
  visibility: Uint8Array;
  /** One per frame, 0-100, NO_SCORE when nothing was judged. */
  scores: Uint8Array;
}
