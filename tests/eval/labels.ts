/**
 * The ground-truth format of a footage folder (`labels.json`, described in the footage README).
 * Unknown fields are kept, so that richer labels from another folder still load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const seconds = z.number().nonnegative();
const interval = z
  .tuple([seconds, seconds])
  .refine(([start, end]) => end >= start, { message: 'interval ends before it starts' });

export const clipLabelSchema = z.looseObject({
  file: z.string().min(1),
  exercise: z.string().min(1),
  view: z.string().optional(),
  views: z.array(z.tuple([seconds, seconds, z.string()])).optional(),
  holds: z.array(interval).optional(),
  singleKneeHolds: z.array(interval).optional(),
  reps: z.int().nonnegative().optional(),
  partialReps: z.int().nonnegative().optional(),
  repTops: z.array(interval).optional(),
  catPeaks: z.array(seconds).optional(),
  cowPeaks: z.array(seconds).optional(),
  leftPeaks: z.array(seconds).optional(),
  rightPeaks: z.array(seconds).optional(),
  form: z.enum(['good', 'bad', 'borderline']).optional(),
  faults: z.array(z.string()).optional(),
  confidence: z.enum(['high', 'moderate', 'low']).optional(),
  notes: z.string().optional(),
});
export type ClipLabel = z.infer<typeof clipLabelSchema>;

export const imageLabelSchema = z.looseObject({
  file: z.string().min(1),
  pose: z.string().min(1),
  notes: z.string().optional(),
});
export type ImageLabel = z.infer<typeof imageLabelSchema>;

export const labelsSchema = z.looseObject({
  version: z.literal(1),
  clips: z.array(clipLabelSchema).default([]),
  images: z.array(imageLabelSchema).default([]),
});
export type Labels = z.infer<typeof labelsSchema>;

/** A clip's short id: its file name without folder and extension ("clips/plank-studio.mp4" -> "plank-studio"). */
export function clipId(file: string): string {
  const name = file.split('/').pop() ?? file;
  return name.replace(/\.[^.]+$/, '');
}

/** Reads and checks `<dir>/labels.json`; the error names the file and the first bad field. */
export function readLabels(footageDir: string): Labels {
  const path = join(footageDir, 'labels.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
  const parsed = labelsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
