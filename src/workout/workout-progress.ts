/** Where a person is in a workout: which step, and which steps they have been through. */
export interface WorkoutProgress {
  index: number;
  total: number;
  /** Step indices the person has opened, in the order first opened. */
  visited: number[];
}

export function startProgress(total: number): WorkoutProgress {
  return { index: 0, total, visited: total > 0 ? [0] : [] };
}

export function goToStep(progress: WorkoutProgress, index: number): WorkoutProgress {
  if (progress.total === 0) return progress;
  const next = Math.min(progress.total - 1, Math.max(0, Math.trunc(index)));
  const visited = progress.visited.includes(next) ? progress.visited : [...progress.visited, next];
  return { ...progress, index: next, visited };
}

export const nextStep = (p: WorkoutProgress) => goToStep(p, p.index + 1);
export const previousStep = (p: WorkoutProgress) => goToStep(p, p.index - 1);
export const isFirstStep = (p: WorkoutProgress) => p.index === 0;
export const isLastStep = (p: WorkoutProgress) => p.index >= p.total - 1;
