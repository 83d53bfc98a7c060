import type { Dose } from '../content/exercise-schema';

/** What counts for an exercise: reps to count, or seconds to hold, over all its sets. */
export type ExerciseTargets =
  | { kind: 'reps'; reps: number; perSide: boolean; holdSecondsEachRep?: number }
  | { kind: 'hold'; holdSeconds: number };

/**
 * Targets for the whole exercise (every set). A checker that times a position (mode 'hold') turns
 * a dose of held repetitions into total seconds held, since it cannot tell the repetitions apart.
 */
export function exerciseTargets(dose: Dose, mode: 'hold' | 'reps'): ExerciseTargets {
  const sides = dose.perSide ? 2 : 1;
  if (mode === 'reps' && dose.reps !== undefined) {
    return {
      kind: 'reps',
      reps: dose.reps * dose.sets,
      perSide: dose.perSide,
      ...(dose.holdSeconds !== undefined ? { holdSecondsEachRep: dose.holdSeconds } : {}),
    };
  }
  const eachTime = dose.holdSeconds ?? (dose.secondsPerRep ?? 1) * (dose.reps ?? 1);
  const times = dose.holdSeconds !== undefined ? (dose.reps ?? 1) : 1;
  return { kind: 'hold', holdSeconds: eachTime * times * dose.sets * sides };
}

/** Whether the counted work meets the targets (per side, for exercises done per side). */
export function targetsReached(
  targets: ExerciseTargets,
  done: { holdSeconds: number; reps: number; repsBySide: { left: number; right: number } },
): boolean {
  if (targets.kind === 'hold') return done.holdSeconds >= targets.holdSeconds;
  if (!targets.perSide) return done.reps >= targets.reps;
  return done.repsBySide.left >= targets.reps && done.repsBySide.right >= targets.reps;
}
