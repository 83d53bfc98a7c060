import type { CoachingView } from './coaching-view';

/** What the cue area is saying, so it can be styled: a warm edge only for a fault. */
export type CueKind = 'fault' | 'guidance' | 'rest' | 'paused' | 'done' | 'good' | 'info';

/** The heads-up display over the picture: every line as text, nothing left to compute. */
export interface HudView {
  /** "Forearm plank · set 2 of 3". */
  title: string;
  /** "Exercise 2 of 5", absent for a single exercise. */
  position?: string;
  cue: { text: string; kind: CueKind };
  /** "Next: Side plank", or "Last exercise". */
  next: string;
  /** "76", or "–" while nothing is judged. */
  score: string;
  /** 0-1 for the gauge. */
  scoreShare: number;
}

export interface HudInput {
  view: CoachingView | undefined;
  exerciseName: string;
  index: number;
  steps: number;
  nextName: string | undefined;
  paused: boolean;
  /** Why the form of this exercise is not checked (no checker), if so. */
  problem: string | undefined;
  cameraRunning: boolean;
}

const PHASE_CUES: Record<string, string> = {
  'getting-into-position': 'Hold the position: the count starts in a moment',
  holding: 'Good. Keep holding',
  moving: 'Good form. Keep going',
  resting: 'Good. Next one when you are ready',
  'not-ready': 'Get into the starting position',
};

/**
 * The cue area always says something: when the app cannot count or judge, it says why (the
 * engine's guidance, no camera, no checker), never a silent zero.
 */
function cue(input: HudInput): HudView['cue'] {
  const { view } = input;
  if (input.paused) return { text: 'Paused. Press space to carry on', kind: 'paused' };
  if (input.problem) return { text: input.problem, kind: 'guidance' };
  if (!input.cameraRunning) {
    return { text: 'Start the camera or open a recording to begin', kind: 'info' };
  }
  if (!view || view.phaseId === 'waiting') return { text: 'Waiting for the camera', kind: 'info' };
  if (view.done) return { text: 'Target reached. Well done', kind: 'done' };
  if (view.guidance) return { text: view.guidance, kind: 'guidance' };
  if (view.fault) return { text: view.fault.cue, kind: 'fault' };
  if (view.sets?.resting) return { text: view.sets.text, kind: 'rest' };
  return { text: PHASE_CUES[view.phaseId] ?? view.phase, kind: 'good' };
}

export function hudView(input: HudInput): HudView {
  const { view } = input;
  const set = view?.sets ? ` · set ${view.sets.set} of ${view.sets.sets}` : '';
  return {
    title: `${input.exerciseName}${set}`,
    ...(input.steps > 1 ? { position: `Exercise ${input.index + 1} of ${input.steps}` } : {}),
    cue: cue(input),
    next: input.nextName ? `Next: ${input.nextName}` : 'Last exercise',
    score: view?.score == null ? '–' : String(Math.round(view.score)),
    scoreShare: (view?.score ?? 0) / 100,
  };
}
