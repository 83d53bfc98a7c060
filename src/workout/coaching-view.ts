import type { BodyPart, EngineState, Phase } from '../form/types';
import type { ExerciseTargets } from './exercise-targets';
import { shareDone, type SetStatus } from './set-progress';

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
  /** The body parts of every active fault, for the skeleton to draw in the warning colour. */
  faultParts: BodyPart[];
  guidance?: string;
  /** "12 s of 30 s"; absent for rep exercises without a hold. */
  hold?: { seconds: number; target?: number; text: string };
  reps?: { count: number; target: number; text: string };
  /** "Set 2 of 3", or the rest before it; absent for a single set. */
  sets?: { set: number; sets: number; resting: boolean; text: string };
  done: boolean;
  /** The display's big number: the current set's count against its target, or the rest. */
  count: CountView;
}

/** "24" of "of 30 s", with how full the ring is (0-1). */
export interface CountView {
  kind: 'hold' | 'reps' | 'rest';
  value: string;
  of: string;
  progress: number;
}

const seconds = (s: number) => `${Math.floor(s)} s`;

function setsView(status: SetStatus): NonNullable<CoachingView['sets']> {
  const set = `${status.set} of ${status.sets}`;
  if (status.restLeftSeconds === undefined) {
    return { set: status.set, sets: status.sets, resting: false, text: `Set ${set}` };
  }
  return {
    set: status.set,
    sets: status.sets,
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
    faultParts: [...new Set(state?.faults.map((f) => f.bodyPart))],
    done,
    count: countView(state, targets, done, sets),
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

/**
 * The current set's work against the set's target (the engine counts the whole exercise; a set is
 * an equal share of it), or the rest's countdown while resting.
 */
function countView(
  state: EngineState | undefined,
  targets: ExerciseTargets,
  done: boolean,
  status?: SetStatus,
): CountView {
  const sets = status?.sets ?? 1;
  if (status?.restLeftSeconds !== undefined && !done) {
    return { kind: 'rest', value: String(status.restLeftSeconds), of: 'rest', progress: 0 };
  }
  const work = {
    holdSeconds: state?.holdSeconds ?? 0,
    reps: state?.reps ?? 0,
    repsBySide: state?.repsBySide ?? { left: 0, right: 0 },
  };
  const setsBefore = done ? sets - 1 : (status?.set ?? 1) - 1;
  const progress = Math.min(1, Math.max(0, shareDone(targets, work) * sets - setsBefore));
  if (targets.kind === 'hold') {
    const perSet = targets.holdSeconds / sets;
    return {
      kind: 'hold',
      value: String(Math.floor(progress * perSet + 1e-6)),
      of: `of ${seconds(perSet)}`,
      progress,
    };
  }
  const perSet = targets.reps / sets;
  const inSet = (count: number) => Math.max(0, Math.min(perSet, count - setsBefore * perSet));
  if (!targets.perSide) {
    return { kind: 'reps', value: String(inSet(work.reps)), of: `of ${perSet} reps`, progress };
  }
  const { left, right } = work.repsBySide;
  return {
    kind: 'reps',
    value: String(Math.min(inSet(left), inSet(right))),
    of: `of ${perSet} each side (left ${inSet(left)}, right ${inSet(right)})`,
    progress,
  };
}
