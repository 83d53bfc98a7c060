import type { EngineState, Phase } from '../form/types';
import type { ExerciseTargets } from './exercise-targets';
import type { SetStatus } from './set-progress';

export const PHASE_LABELS: Record<Phase, string> = {
  'not-ready': 'Not ready',
  'getting-into-position': 'Getting into position',
  holding: 'Holding',
  moving: 'Moving',
  resting: 'Resting',
};

/** What the coaching panel shows, all as text and numbers: the panel does no arithmetic. */
export interface CoachingView {
  phase: string;
  phaseId: Phase | 'waiting';
  /** 0-100, or null while there is nothing to judge. */
  score: number | null;
  fault?: { id: string; bodyPart: string; cue: string };
  guidance?: string;
  /** "12 s of 30 s"; absent for rep exercises without a hold. */
  hold?: { seconds: number; target?: number; text: string };
  reps?: { count: number; target: number; text: string };
  /** "Set 2 of 3", or the rest before it; absent for a single set. */
  sets?: { set: number; resting: boolean; text: string };
  done: boolean;
}

const seconds = (s: number) => `${Math.floor(s)} s`;

function setsView(status: SetStatus): NonNullable<CoachingView['sets']> {
  const set = `${status.set} of ${status.sets}`;
  if (status.restLeftSeconds === undefined) {
    return { set: status.set, resting: false, text: `Set ${set}` };
  }
  return {
    set: status.set,
    resting: true,
    text: `Rest ${status.restLeftSeconds} s, then set ${set}`,
  };
}

/** The panel's view of the engine's latest state (undefined before the first analysed frame). */
export function coachingView(
  state: EngineState | undefined,
  targets: ExerciseTargets,
  guidanceText: (id: string) => string,
  done: boolean,
  sets?: SetStatus,
): CoachingView {
  const holdSeconds = state?.holdSeconds ?? 0;
  const view: CoachingView = {
    phase: state ? PHASE_LABELS[state.phase] : 'Waiting for the camera',
    phaseId: state?.phase ?? 'waiting',
    score: state?.score ?? null,
    done,
  };
  const fault = state?.faults[0];
  if (fault) view.fault = { id: fault.id, bodyPart: fault.bodyPart, cue: fault.cue };
  if (state?.guidance) view.guidance = guidanceText(state.guidance);
  if (sets && sets.sets > 1 && !done) view.sets = setsView(sets);

  if (targets.kind === 'hold') {
    view.hold = {
      seconds: holdSeconds,
      target: targets.holdSeconds,
      text: `${seconds(holdSeconds)} of ${seconds(targets.holdSeconds)}`,
    };
    return view;
  }
  const reps = state?.reps ?? 0;
  const bySide = state?.repsBySide ?? { left: 0, right: 0 };
  view.reps = {
    count: reps,
    target: targets.reps,
    text: targets.perSide
      ? `left ${bySide.left} of ${targets.reps}, right ${bySide.right} of ${targets.reps}`
      : `${reps} of ${targets.reps}`,
  };
  if (targets.holdSecondsEachRep !== undefined) {
    view.hold = {
      seconds: holdSeconds,
      text: `${seconds(holdSeconds)} held (${targets.holdSecondsEachRep} s each rep)`,
    };
  }
  return view;
}
