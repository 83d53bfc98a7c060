/** The form engine's spec for an exercise, read straight from content/exercises/<id>.json. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormExerciseSpec } from '../../src/form/exercise-spec';
import { REPO_ROOT } from '../fixtures/paths';

export const EXERCISES_DIR = join(REPO_ROOT, 'content/exercises');

export function exerciseSpecPath(exercise: string): string {
  return join(EXERCISES_DIR, `${exercise}.json`);
}

/** The spec, or undefined when the catalogue has no such exercise. Throws on a malformed file. */
export function readExerciseSpec(exercise: string): FormExerciseSpec | undefined {
  const path = exerciseSpecPath(exercise);
  if (!existsSync(path)) return undefined;
  const spec = JSON.parse(readFileSync(path, 'utf8')) as Partial<FormExerciseSpec>;
  if (typeof spec.checker?.kind !== 'string' || !spec.camera || !spec.cues) {
    throw new Error(`${path}: expected "checker.kind", "camera" and "cues"`);
  }
  return spec as FormExerciseSpec;
}
