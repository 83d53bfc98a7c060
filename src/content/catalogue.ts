import { CATEGORIES, type Exercise } from './exercise-schema';
import type { Routine } from './routine-schema';
import { validateCatalogue, type ContentFile } from './validate-catalogue';

// Bundled at build time; the build itself already refused malformed files (vite-plugin.ts), so
// validating again here only costs microseconds and guarantees the types at runtime too.
const exerciseModules = import.meta.glob('/content/exercises/*.json', {
  eager: true,
  import: 'default',
});
const routineModules = import.meta.glob('/content/routines/*.json', {
  eager: true,
  import: 'default',
});

function toFiles(modules: Record<string, unknown>): ContentFile[] {
  return Object.entries(modules)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, data]) => ({ path: path.replace(/^\//, ''), data }));
}

const result = validateCatalogue(toFiles(exerciseModules), toFiles(routineModules));

/** Problems found while loading (empty in any build that passed the build-time check). */
export const catalogueErrors: readonly string[] = result.ok ? [] : result.errors;

/** Every exercise, in the programme's order of categories, then by name. */
export const exercises: readonly Exercise[] = [...result.catalogue.exercises].sort(
  (a, b) =>
    CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.name.localeCompare(b.name),
);

export const readyRoutines: readonly Routine[] = result.catalogue.routines;

const byId = new Map(exercises.map((e) => [e.id, e]));

export function exerciseById(id: string): Exercise | undefined {
  return byId.get(id);
}
