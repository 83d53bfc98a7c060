import type { ExerciseTargets } from './exercise-targets';

/**
 * Sets and the rest between them. The engine counts the work of the whole exercise (every set);
 * a set is done when the share of the whole target reached crosses the next set's boundary, e.g.
 * 10 of 30 reps for set 1 of 3. The rest after a set is a countdown the person is told about: work
 * done while it runs still counts (someone who carries on is not punished), it only stops the
 * coach from asking for the next set too early.
 */
export interface SetPlan {
  sets: number;
  restSeconds: number;
}

export type SetEvent =
  | { type: 'set-done'; set: number; sets: number; restSeconds: number }
  | { type: 'rest-over'; nextSet: number; sets: number };

export interface SetStatus {
  /** The set under way or, while resting, the next one (1-based); the last once all are done. */
  set: number;
  sets: number;
  /** Whole seconds of rest left, rounded up; absent when not resting. */
  restLeftSeconds?: number;
}

export interface WorkDone {
  holdSeconds: number;
  reps: number;
  repsBySide: { left: number; right: number };
}

/** How much of the whole target is done, 0-1: per-side work counts by its weaker side. */
export function shareDone(targets: ExerciseTargets, done: WorkDone): number {
  const share = (count: number, target: number) => (target > 0 ? count / target : 1);
  if (targets.kind === 'hold') return Math.min(1, share(done.holdSeconds, targets.holdSeconds));
  const count = targets.perSide ? Math.min(done.repsBySide.left, done.repsBySide.right) : done.reps;
  return Math.min(1, share(count, targets.reps));
}

export function createSetProgress(targets: ExerciseTargets, plan: SetPlan) {
  let setsDone = 0;
  let restStartedAtMs: number | null = null;

  function restLeftMs(nowMs: number): number {
    if (restStartedAtMs === null) return 0;
    return Math.max(0, plan.restSeconds * 1000 - (nowMs - restStartedAtMs));
  }

  return {
    /** Feeds the work counted so far at `nowMs`; returns what to announce. */
    update(done: WorkDone, nowMs: number): SetEvent[] {
      const events: SetEvent[] = [];
      if (restStartedAtMs !== null && restLeftMs(nowMs) === 0) {
        restStartedAtMs = null;
        events.push({ type: 'rest-over', nextSet: setsDone + 1, sets: plan.sets });
      }
      // A tiny epsilon: 30 of 30 s must finish set 3 despite float sums of frame times.
      const completed = Math.min(
        plan.sets,
        Math.floor(shareDone(targets, done) * plan.sets + 1e-6),
      );
      if (completed > setsDone) {
        setsDone = completed;
        restStartedAtMs = null;
        // The last set needs no rest: the exercise's own "target reached" line follows.
        if (setsDone < plan.sets) {
          events.push({
            type: 'set-done',
            set: setsDone,
            sets: plan.sets,
            restSeconds: plan.restSeconds,
          });
          if (plan.restSeconds > 0) restStartedAtMs = nowMs;
        }
      }
      return events;
    },

    status(nowMs: number): SetStatus {
      const resting = restStartedAtMs !== null;
      return {
        set: Math.min(plan.sets, setsDone + 1),
        sets: plan.sets,
        ...(resting ? { restLeftSeconds: Math.ceil(restLeftMs(nowMs) / 1000) } : {}),
      };
    },
  };
}

export type SetProgress = ReturnType<typeof createSetProgress>;

/** What the coach says for a set event. */
export function setEventLine(event: SetEvent): string {
  if (event.type === 'rest-over') {
    return `Rest over. Set ${event.nextSet} of ${event.sets}: start when you are ready.`;
  }
  const rest =
    event.restSeconds > 0 ? `Rest for ${event.restSeconds} seconds.` : 'Go on with the next set.';
  return `Set ${event.set} of ${event.sets} done. ${rest}`;
}
