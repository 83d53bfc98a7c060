import type { z } from 'zod';
import { exerciseSchema, type Exercise } from './exercise-schema';
import { describeIssues } from './format-issues';
import { routineSchema, type Routine } from './routine-schema';

/** A content file as read from disk or bundled: its repo-relative path and its parsed JSON. */
export interface ContentFile {
  path: string;
  data: unknown;
}

export interface Catalogue {
  exercises: Exercise[];
  routines: Routine[];
}

export type CatalogueResult =
  { ok: true; catalogue: Catalogue } | { ok: false; errors: string[]; catalogue: Catalogue };

function baseName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.json$/, '');
}

/**
 * Checks one file against its schema and that its id is its file name. On failure the reasons go
 * into errors and the result is undefined.
 */
function parseNamedFile<T extends { id: string }>(
  file: ContentFile,
  schema: z.ZodType<T>,
  errors: string[],
): T | undefined {
  const parsed = schema.safeParse(file.data);
  if (!parsed.success) {
    errors.push(...describeIssues(file.path, parsed.error, file.data));
    return undefined;
  }
  if (parsed.data.id !== baseName(file.path)) {
    errors.push(
      `${file.path}: id: expected "${baseName(file.path)}" (the file name), got "${parsed.data.id}"`,
    );
    return undefined;
  }
  return parsed.data;
}

/** Parses JSON text, naming the file when it is not JSON at all. */
export function parseContentFile(path: string, text: string): ContentFile | string {
  try {
    return { path, data: JSON.parse(text) as unknown };
  } catch (error) {
    return `${path}: not valid JSON (${(error as Error).message})`;
  }
}

/**
 * Checks every file against its schema, then what no single file can check: ids match file
 * names and are unique, variants and routines point at exercises that exist.
 * Valid files are kept even when others fail, so one typo does not hide the whole catalogue.
 */
export function validateCatalogue(
  exerciseFiles: readonly ContentFile[],
  routineFiles: readonly ContentFile[],
): CatalogueResult {
  const errors: string[] = [];
  const exercises: Exercise[] = [];
  const exerciseFileOf = new Map<string, string>();
  const exerciseIds = new Set(
    exerciseFiles.map((f) => (f.data as { id?: unknown } | null)?.id).filter(Boolean),
  );

  for (const file of exerciseFiles) {
    const exercise = parseNamedFile(file, exerciseSchema, errors);
    if (!exercise) continue;
    const earlier = exerciseFileOf.get(exercise.id);
    if (earlier) {
      errors.push(`${file.path}: id: "${exercise.id}" is already used by ${earlier}`);
      continue;
    }
    exerciseFileOf.set(exercise.id, file.path);
    for (const side of ['easier', 'harder'] as const) {
      const variant = exercise.variants[side];
      if (typeof variant !== 'string') continue;
      if (variant === exercise.id) {
        errors.push(`${file.path}: variants.${side}: an exercise cannot be its own variant`);
      } else if (!exerciseIds.has(variant)) {
        errors.push(
          `${file.path}: variants.${side}: no exercise with id "${variant}" in the catalogue`,
        );
      }
    }
    exercises.push(exercise);
  }

  const routines: Routine[] = [];
  for (const file of routineFiles) {
    const routine = parseNamedFile(file, routineSchema, errors);
    if (!routine) continue;
    const unknown = routine.items
      .map((item, i) => ({ item, i }))
      .filter(({ item }) => !exerciseIds.has(item.exerciseId));
    for (const { item, i } of unknown) {
      errors.push(
        `${file.path}: items[${i}].exerciseId: no exercise with id "${item.exerciseId}" in the catalogue`,
      );
    }
    if (unknown.length === 0) routines.push(routine);
  }

  const catalogue = { exercises, routines };
  return errors.length === 0 ? { ok: true, catalogue } : { ok: false, errors, catalogue };
}
