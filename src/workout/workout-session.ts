import type { FormEngine } from '../form/engine';
import type { JudgedFrame } from '../history/workout-recorder';
import type { FormExerciseSpec } from '../form/exercise-spec';
import type { EngineState, PoseFrame } from '../form/types';
import { coachingView, type CoachingView } from './coaching-view';
import { createHoldOnScreen, type HoldOnScreen } from './hold-on-screen';
import { exerciseRecord, hasActivity } from './exercise-record';
import { exerciseTargets, targetsReached, type ExerciseTargets } from './exercise-targets';
import { guidanceText } from './guidance-text';
import { createSetProgress, setEventLine, type SetEvent, type SetProgress } from './set-progress';
import type { SessionRecord } from './session-record';
import type { SpeechQueue } from './speech-queue';
import type { WorkoutPlan, WorkoutStep } from './workout-steps';
import {
  goToStep,
  isFirstStep,
  isLastStep,
  nextStep,
  previousStep,
  startProgress,
  type WorkoutProgress,
} from './workout-progress';

export interface WorkoutDeps {
  plan: WorkoutPlan;
  /** Creates the form engine for an exercise; throws when it has no checker. */
  createEngine: (spec: FormExerciseSpec) => FormEngine;
  /** What the exercise's checker counts; undefined when it has none. */
  checkerMode: (kind: string) => 'hold' | 'reps' | undefined;
  speech: SpeechQueue;
  now: () => Date;
  newId: () => string;
  /**
   * Hands-free: set events go here instead of being spoken, and reaching the target is not
   * announced (the flow announces the rest and what comes next itself).
   */
  onSetEvent?: (event: SetEvent) => void;
  /** Hook for the history: every judged frame with its step and set, for the recorder. */
  onJudged?: (judged: JudgedFrame) => void;
}

interface StepRun {
  engine: FormEngine | null;
  /** Why the form is not checked for this step (no checker), for the page to say. */
  problem?: string;
  targets: ExerciseTargets;
  sets: SetProgress;
  latest?: EngineState;
  /** The held seconds shown, in step with the picture (hold-on-screen.ts). */
  holdOnScreen: HoldOnScreen;
  shownHoldSeconds: number;
  targetSaid: boolean;
}

export const TARGET_REACHED_LINE = 'That is the target. Well done: move on when you are ready.';

/**
 * One workout: the steps, one form engine per step (kept when the person goes back), the spoken
 * coaching, and the session record. Pure logic: the page feeds frames and shows `view()`.
 */
export function createWorkout(deps: WorkoutDeps) {
  const { plan, speech } = deps;
  const id = deps.newId();
  const startedAt = deps.now().toISOString();
  let progress: WorkoutProgress = startProgress(plan.steps.length);
  const runs = new Map<number, StepRun>();

  function runFor(index: number): StepRun | undefined {
    const step = plan.steps[index];
    if (!step) return undefined;
    let run = runs.get(index);
    if (run) return run;
    const mode = deps.checkerMode(step.exercise.checker.kind);
    const targets = exerciseTargets(step.dose, mode ?? 'hold');
    const sets = createSetProgress(targets, step.dose);
    const fresh = {
      targets,
      sets,
      holdOnScreen: createHoldOnScreen(),
      shownHoldSeconds: 0,
      targetSaid: false,
    };
    try {
      run = { ...fresh, engine: deps.createEngine(step.exercise) };
    } catch {
      run = {
        ...fresh,
        engine: null,
        problem: `The coach cannot check the form of “${step.exercise.name}” yet: follow the steps and time it yourself.`,
      };
    }
    runs.set(index, run);
    return run;
  }

  function move(next: WorkoutProgress) {
    if (next.index === progress.index) return;
    speech.stop();
    progress = next;
  }

  return {
    id,
    plan,
    get progress(): WorkoutProgress {
      return progress;
    },
    get step(): WorkoutStep | undefined {
      return plan.steps[progress.index];
    },
    get problem(): string | undefined {
      return runFor(progress.index)?.problem;
    },
    /** The engine's state after the latest frame of this step (its events included). */
    get latest(): EngineState | undefined {
      return runFor(progress.index)?.latest;
    },
    /** What this step counts: seconds held or reps. */
    get mode(): 'hold' | 'reps' {
      return runFor(progress.index)?.targets.kind ?? 'hold';
    },
    /** The step's target was reached (every set done). */
    get stepDone(): boolean {
      return runFor(progress.index)?.targetSaid ?? false;
    },
    get isFirst() {
      return isFirstStep(progress);
    },
    get isLast() {
      return isLastStep(progress);
    },

    /**
     * One smoothed frame from the pipeline: the engine judges it, events are spoken. True when
     * this frame reached the exercise's target (the moment to save the session so far).
     */
    onFrame(frame: PoseFrame): boolean {
      const run = runFor(progress.index);
      if (!run?.engine) return false;
      const state = run.engine.update(frame);
      run.latest = state;
      run.shownHoldSeconds = run.holdOnScreen.update(state);
      for (const event of state.events) {
        if (event.type === 'cue' || event.type === 'good' || event.type === 'guidance') {
          speech.say(event.text);
        }
      }
      for (const event of run.sets.update(state, state.timestampMs)) {
        if (deps.onSetEvent) deps.onSetEvent(event);
        else speech.say(setEventLine(event));
      }
      const step = plan.steps[progress.index];
      if (deps.onJudged && step) {
        const { set, sets } = run.sets.status(state.timestampMs);
        deps.onJudged({
          stepIndex: progress.index,
          exercise: step.exercise,
          targets: run.targets,
          set,
          sets,
          state,
          frame,
        });
      }
      if (!run.targetSaid && targetsReached(run.targets, state)) {
        run.targetSaid = true;
        if (!deps.onSetEvent) speech.say(TARGET_REACHED_LINE);
        return true;
      }
      return false;
    },

    view(): CoachingView | undefined {
      const run = runFor(progress.index);
      const step = plan.steps[progress.index];
      if (!run || !step) return undefined;
      return coachingView(
        run.latest && { ...run.latest, holdSeconds: run.shownHoldSeconds },
        run.targets,
        (g) => guidanceText(step.exercise.cues, g),
        run.targetSaid,
        run.sets.status(run.latest?.timestampMs ?? 0),
      );
    },

    /** Steps whose target was reached, for the step list to tick off. */
    reachedSteps(): number[] {
      return [...runs.entries()].filter(([, run]) => run.targetSaid).map(([index]) => index);
    },

    next: () => move(nextStep(progress)),
    previous: () => move(previousStep(progress)),
    goTo: (index: number) => move(goToStep(progress, index)),

    /** The session so far: every step the person did something in, in the workout's order. */
    record(finished: boolean): SessionRecord {
      const exercises = [...runs.entries()]
        .sort(([a], [b]) => a - b)
        .flatMap(([index, run]) => {
          const step = plan.steps[index];
          if (!step || !run.engine) return [];
          const summary = run.engine.summary();
          return hasActivity(summary) ? [exerciseRecord(summary, step.exercise, run.targets)] : [];
        });
      return {
        id,
        startedAt,
        endedAt: deps.now().toISOString(),
        routine: plan.routine ?? null,
        finished,
        exercises,
      };
    },

    stop(): void {
      speech.stop();
    },
  };
}

export type Workout = ReturnType<typeof createWorkout>;
