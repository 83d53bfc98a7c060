import type { DoseOverride, Routine, RoutineItem } from '../content/routine-schema';

/** Pure edits of a person's routine: each returns a new routine and leaves the old one alone. */

export function addExercise(routine: Routine, exerciseId: string): Routine {
  return { ...routine, items: [...routine.items, { exerciseId }] };
}

export function removeItem(routine: Routine, index: number): Routine {
  return { ...routine, items: routine.items.filter((_, i) => i !== index) };
}

/** Moves one item to another place; out-of-range moves leave the routine as it is. */
export function moveItem(routine: Routine, from: number, to: number): Routine {
  const items = [...routine.items];
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return routine;
  const [moved] = items.splice(from, 1) as [RoutineItem];
  items.splice(to, 0, moved);
  return { ...routine, items };
}

export function setItemDose(routine: Routine, index: number, dose: DoseOverride): Routine {
  const items = routine.items.map((item, i) =>
    i === index ? { ...item, dose: { ...item.dose, ...dose } } : item,
  );
  return { ...routine, items };
}

export function rename(routine: Routine, name: string): Routine {
  return { ...routine, name };
}

/** True when the routine opens with every warm-up exercise, in order. */
export function startsWithWarmUp(routine: Routine, warmUp: readonly RoutineItem[]): boolean {
  return warmUp.every((item, i) => routine.items[i]?.exerciseId === item.exerciseId);
}

/** Puts the warm-up in front, taking out warm-up exercises already scattered in the routine. */
export function withWarmUp(routine: Routine, warmUp: readonly RoutineItem[]): Routine {
  const warmUpIds = new Set(warmUp.map((item) => item.exerciseId));
  const rest = routine.items.filter((item) => !warmUpIds.has(item.exerciseId));
  return { ...routine, items: [...warmUp, ...rest] };
}

/** A fresh routine of the person's own, with an id unlike any in `takenIds`. */
export function newRoutine(
  name: string,
  takenIds: ReadonlySet<string>,
  items: RoutineItem[],
  now = Date.now(),
): Routine {
  let n = now;
  while (takenIds.has(`my-${n.toString(36)}`)) n += 1;
  return { id: `my-${n.toString(36)}`, name, summary: '', items };
}
