import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FormExerciseSpec } from '../../../../src/form/exercise-spec';

export const EXERCISES_DIR = resolve(import.meta.dirname, '../../../../content/exercises');

/** An exercise's content file, as the engine takes it. */
export function exerciseSpec(id: string): FormExerciseSpec {
  return JSON.parse(readFileSync(join(EXERCISES_DIR, `${id}.json`), 'utf8')) as FormExerciseSpec;
}

export function allExerciseIds(): string[] {
  return readdirSync(EXERCISES_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''));
}
