import { z } from 'zod';
import { exerciseIdSchema } from './exercise-schema';

/** A routine may set its own dose for an exercise; what it leaves out comes from the catalogue. */
export const doseOverrideSchema = z.strictObject({
  reps: z.int().positive().optional(),
  holdSeconds: z.number().positive().optional(),
  sets: z.int().positive().optional(),
  restSeconds: z.number().nonnegative().optional(),
});
export type DoseOverride = z.infer<typeof doseOverrideSchema>;

export const routineItemSchema = z.strictObject({
  exerciseId: exerciseIdSchema,
  dose: doseOverrideSchema.optional(),
});
export type RoutineItem = z.infer<typeof routineItemSchema>;

export const routineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case id such as "morning"'),
  name: z.string().trim().min(1, 'expected a non-empty text'),
  summary: z.string(),
  items: z.array(routineItemSchema).min(1, 'expected at least one exercise'),
});
export type Routine = z.infer<typeof routineSchema>;
