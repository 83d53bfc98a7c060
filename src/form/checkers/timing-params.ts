import { z } from 'zod';

/**
 * Timing parameters every checker's params carry (from the exercise's content file), so that the
 * engine can time holds and count reps the same way for every exercise. Checkers extend these
 * shapes with their own angles and tolerances: `z.strictObject({ ...holdTimingShape, ... })`.
 */
export const holdTimingShape = {
  /** In position this long before a hold starts. */
  holdEnterMs: z.number().nonnegative(),
  /** Out of position this long before a hold pauses. */
  holdExitMs: z.number().positive(),
};

export const repTimingShape = {
  ...holdTimingShape,
  /** The movement signal at or above this is the top (or the high end) of a rep. */
  repEnter: z.number(),
  /** The movement signal at or below this is rest (or the low end). */
  repExit: z.number(),
  /** The top (each end) must last this long to count. */
  repMinTopMs: z.number().nonnegative(),
};

export interface HoldTimingParams {
  holdEnterMs: number;
  holdExitMs: number;
}

export interface RepTimingParams extends HoldTimingParams {
  repEnter: number;
  repExit: number;
  repMinTopMs: number;
}

export type TimingParams = HoldTimingParams & Partial<RepTimingParams>;
