import { z } from 'zod';

export const CATEGORIES = [
  'warm-up',
  'lower-back',
  'neck',
  'spine-stretching',
  'straightening',
  'strengthening',
  'mobility',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const EQUIPMENT = ['none', 'mat', 'bar', 'gym-ball', 'chair'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const CAMERA_VIEWS = ['side', 'front', 'any'] as const;
export type CameraView = (typeof CAMERA_VIEWS)[number];

export const BODY_PARTS = [
  'head',
  'shoulders',
  'elbows',
  'wrists',
  'hips',
  'knees',
  'ankles',
] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

/** Lower-case words joined by hyphens: the same ids as the footage labels. */
export const exerciseIdSchema = z
  .string()
  .regex(/^[a-z]+(-[a-z]+)*$/, 'expected a lower-case id such as "glute-bridge"');

const text = z.string().trim().min(1, 'expected a non-empty text');

/**
 * How much of an exercise to do. A repetition lasts `holdSeconds` when given (a held repetition),
 * otherwise `secondsPerRep`; with no `reps`, each set is one hold (or one stretch of continuous
 * movement) of `holdSeconds`.
 */
export const doseSchema = z
  .strictObject({
    reps: z.int().positive().optional(),
    holdSeconds: z.number().positive().optional(),
    sets: z.int().positive(),
    restSeconds: z.number().nonnegative(),
    perSide: z.boolean(),
    secondsPerRep: z.number().positive().optional(),
    /** false where the programme names no dose and the app recommends its default of 5 reps. */
    fromProgramme: z.boolean(),
    /** The top of the programme's range, to progress toward over the weeks. */
    target: z
      .strictObject({
        reps: z.int().positive().optional(),
        holdSeconds: z.number().positive().optional(),
        sets: z.int().positive().optional(),
      })
      .optional(),
  })
  .refine((d) => d.reps !== undefined || d.holdSeconds !== undefined, {
    message: 'expected reps, holdSeconds or both',
  });
export type Dose = z.infer<typeof doseSchema>;

/** Either another exercise of the catalogue, by id, or a variant described in words. */
export const variantSchema = z.union(
  [exerciseIdSchema, z.strictObject({ name: text, description: text })],
  { error: 'expected an exercise id or { "name", "description" }' },
);
export type Variant = z.infer<typeof variantSchema>;

/** Tunable numbers of a form checker; the form engine owns their names. */
export const checkerParamSchema = z.union(
  [z.number(), z.string(), z.boolean(), z.array(z.number())],
  { error: 'expected a number, a text, true or false, or a list of numbers' },
);

export const checkerSchema = z.looseObject({
  kind: text,
  params: z.record(z.string(), checkerParamSchema),
});

export const exerciseSchema = z.strictObject({
  id: exerciseIdSchema,
  name: text,
  category: z.enum(CATEGORIES),
  summary: text,
  steps: z.array(text).min(1, 'expected at least one step'),
  dose: doseSchema,
  breathing: text,
  camera: z.strictObject({
    view: z.enum(CAMERA_VIEWS),
    visible: z.array(z.enum(BODY_PARTS)).min(1, 'expected at least one body part'),
  }),
  equipment: z
    .array(z.enum(EQUIPMENT))
    .min(1, 'expected at least one item (use "none")')
    .refine((items) => !items.includes('none') || items.length === 1, {
      message: '"none" cannot be combined with other equipment',
    }),
  difficulty: z.int().min(1).max(3),
  variants: z.strictObject({ easier: variantSchema.optional(), harder: variantSchema.optional() }),
  cautions: z.array(text),
  cues: z.record(z.string(), text),
  checker: checkerSchema,
});
export type Exercise = z.infer<typeof exerciseSchema>;
