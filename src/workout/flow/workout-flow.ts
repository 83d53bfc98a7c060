import type { Exercise } from '../../content/exercise-schema';
import type { PoseFrame } from '../../pose/landmarks';
import type { SetEvent } from '../set-progress';
import type { SpeechQueue } from '../speech-queue';
import type { Workout } from '../workout-session';
import { breathingLines, createBreathingPrompts, type BreathingPrompts } from './breathing-prompts';
import { createCountdown, restSpoken, type Countdown } from './countdown';
import { checkFraming, sameFraming, type FramingNeeds } from './framing-check';
import { createFramingGuide, type FramingGuideState } from './framing-guide';
import { createRecordingFraming, type RecordingFramingVerdict } from './recording-framing';

/**
 * The hands-free workout: before each exercise the framing guide (where the camera must change),
 * the demonstration card and a spoken 3-2-1; then the set, judged by the form engine, paused while
 * the person is out of the picture; a spoken rest countdown between sets; the next exercise
 * announced once the target is reached. Plain logic: the page feeds frames and clock ticks and
 * shows `view()`; the engine decides holds and reps as before.
 */
export type FlowStage = 'framing' | 'demo' | 'countdown' | 'set' | 'rest' | 'done';
export type PauseReason = 'user' | 'hidden' | 'left-frame' | 'source-ended';

export interface FlowOptions {
  /** How long the demonstration card shows before the countdown (a loop or two of the movement). */
  demoMs: number;
  countdownSeconds: number;
  /** Nobody in the picture this long during a set pauses it. */
  leaveMs: number;
  /** Back in the picture this long resumes it. */
  returnMs: number;
  /**
   * A recording cannot be asked to move or wait: the set starts on its first frame, with no
   * framing wait, demonstration wait or countdown. Pauses when the person leaves still apply.
   */
  recording: boolean;
}

/** How long a recording's framing verdict stays on the screen. */
export const RECORDING_FRAMING_SHOWN_MS = 8000;

export const DEFAULT_FLOW_OPTIONS: FlowOptions = {
  demoMs: 10_000,
  countdownSeconds: 3,
  leaveMs: 1500,
  returnMs: 500,
  recording: false,
};

export interface FlowView {
  stage: FlowStage;
  paused: PauseReason | null;
  /** What the pause asks for, in words. */
  pauseText?: string;
  framing?: FramingGuideState;
  /** Whole seconds left in the demonstration, countdown or rest. */
  secondsLeft?: number;
  /** During a rest: the set that follows. */
  nextSet?: { set: number; sets: number };
  /** The exercise after this one, for "what comes next". */
  upNext?: string;
  /** On a recording: what its start shows against what the exercise needs, for a while. */
  recordingFraming?: RecordingFramingVerdict;
  /** The picture's light is wanted with the frames (the framing check judges it). */
  measuresLight: boolean;
}

export const FLOW_LINES = {
  framed: 'That’s it. You’re all set.',
  go: 'Go',
  paused: 'Paused. Come back into the picture to carry on.',
  userPaused: 'Paused.',
  back: 'Welcome back. Carry on.',
  finished: 'That’s the workout done. Well done!',
  next: (name: string) => `Next: ${name}.`,
  moveCamera: (message: string) => `Set the camera up for it. ${message}.`,
  first: (name: string) => `First: ${name}.`,
  targetReached: (name: string) => `That’s the target for ${name}. Well done.`,
  rest: (set: number, sets: number, seconds: number) =>
    `Set ${set} of ${sets} done. Rest for ${seconds} seconds.`,
  nextSetGo: (set: number, sets: number) => `Set ${set} of ${sets}. Go`,
} as const;

export const PAUSE_TEXT: Record<PauseReason, string> = {
  user: 'Paused. Press space or Resume to carry on.',
  hidden: 'Paused while the app was in the background.',
  'left-frame': 'Paused: come back into the picture to carry on.',
  'source-ended': 'The recording has ended.',
};

export interface FlowDeps {
  workout: Workout;
  speech: SpeechQueue;
  needsFor: (exercise: Exercise) => FramingNeeds;
  options?: Partial<FlowOptions>;
}

export function createWorkoutFlow(deps: FlowDeps) {
  const { workout, speech } = deps;
  const options: FlowOptions = { ...DEFAULT_FLOW_OPTIONS, ...deps.options };
  const guide = createFramingGuide();
  const recordingFraming = createRecordingFraming();
  let recordingVerdict: (RecordingFramingVerdict & { sinceMs: number }) | undefined;

  let stage: FlowStage = 'framing';
  let stageStartMs = 0;
  let paused: PauseReason | null = null;
  let pausedAtMs = 0;
  let framing: FramingGuideState | undefined;
  let framedNeeds: FramingNeeds | null = null;
  let countdown: Countdown | null = null;
  let secondsLeft: number | undefined;
  let nextSet: { set: number; sets: number } | undefined;
  /** Set events from the workout, handled on the next tick (they arrive inside a frame). */
  let pendingSetEvent: SetEvent | null = null;
  let absentSinceMs: number | null = null;
  let presentSinceMs: number | null = null;
  let breathing: BreathingPrompts = breathingFor(workout.step?.exercise);
  let started = false;

  function breathingFor(exercise: Exercise | undefined): BreathingPrompts {
    return createBreathingPrompts(breathingLines(exercise?.breathing ?? ''));
  }

  function enter(next: FlowStage, nowMs: number) {
    stage = next;
    stageStartMs = nowMs;
    countdown = null;
    secondsLeft = undefined;
    if (next === 'framing') {
      guide.reset();
      framing = undefined;
    }
    if (next === 'countdown') {
      countdown = createCountdown({
        seconds: options.countdownSeconds,
        startMs: nowMs,
        finalLine: FLOW_LINES.go,
      });
    }
    if (next === 'set') {
      absentSinceMs = null;
      presentSinceMs = null;
      const line = breathing.start(workout.mode, nowMs);
      if (line) speech.say(line);
    }
    if (next === 'demo' && options.recording) enter('countdown', nowMs);
    else if (next === 'countdown' && options.recording) enter('set', nowMs);
  }

  /** The intro of the current step: the framing guide where the camera must change, else the card. */
  function startStep(nowMs: number, announce: (name: string) => string) {
    const step = workout.step;
    if (!step) return;
    breathing = breathingFor(step.exercise);
    forgetRecordingFraming();
    const needs = deps.needsFor(step.exercise);
    const reframe =
      !options.recording && (framedNeeds === null || !sameFraming(framedNeeds, needs));
    speech.say(announce(step.exercise.name));
    enter(reframe ? 'framing' : 'demo', nowMs);
  }

  function forgetRecordingFraming() {
    recordingFraming.reset();
    recordingVerdict = undefined;
  }

  /**
   * A recording's start against the exercise's needs: the verdict once its first moments are
   * seen, said and shown; the set goes on regardless (a recording cannot be asked to move).
   */
  function judgeRecordingFraming(frame: PoseFrame, luminance: number | undefined, nowMs: number) {
    const step = workout.step;
    if (!options.recording || !recordingFraming.pending || !step) return;
    const verdict = recordingFraming.update(
      checkFraming(frame, deps.needsFor(step.exercise), luminance),
      frame.timestampMs,
      step.exercise.name,
    );
    if (!verdict) return;
    recordingVerdict = { ...verdict, sinceMs: nowMs };
    speech.say(`${verdict.message}.`);
  }

  function onStepDone(nowMs: number) {
    const name = workout.step?.exercise.name ?? '';
    if (workout.isLast) {
      speech.say(`${FLOW_LINES.targetReached(name)} ${FLOW_LINES.finished}`);
      enter('done', nowMs);
      return;
    }
    workout.next();
    startStep(nowMs, (next) => `${FLOW_LINES.targetReached(name)} ${FLOW_LINES.next(next)}`);
  }

  function handleSetEvent(event: SetEvent, nowMs: number) {
    if (event.type !== 'set-done' || stage !== 'set') return;
    nextSet = { set: event.set + 1, sets: event.sets };
    if (event.restSeconds > 0) {
      speech.say(FLOW_LINES.rest(event.set, event.sets, event.restSeconds));
      enter('rest', nowMs);
      countdown = createCountdown({
        seconds: event.restSeconds,
        startMs: nowMs,
        spoken: restSpoken,
        finalLine: FLOW_LINES.nextSetGo(event.set + 1, event.sets),
      });
    } else {
      speech.say(`Set ${event.set} of ${event.sets} done.`);
      enter('countdown', nowMs);
    }
  }

  /**
   * Present: someone is seen with some of what the exercise needs (a ghost detection in an empty
   * room has a pose but nothing visible, and is nobody).
   */
  function followPresence(frame: PoseFrame, needs: FramingNeeds, t: number) {
    const present = checkFraming(frame, needs).problem !== 'nobody';
    if (present) {
      absentSinceMs = null;
      presentSinceMs ??= t;
    } else {
      presentSinceMs = null;
      absentSinceMs ??= t;
    }
    if (paused === null && absentSinceMs !== null && t - absentSinceMs >= options.leaveMs) {
      paused = 'left-frame';
      pausedAtMs = t;
      speech.say(FLOW_LINES.paused);
    } else if (
      paused === 'left-frame' &&
      presentSinceMs !== null &&
      t - presentSinceMs >= options.returnMs
    ) {
      paused = null;
      speech.say(FLOW_LINES.back);
    }
  }

  return {
    get stage(): FlowStage {
      return stage;
    },
    get paused(): PauseReason | null {
      return paused;
    },

    /** The first frame or press of start: announces the first exercise and opens its set-up. */
    start(nowMs: number): void {
      if (started) return;
      started = true;
      startStep(nowMs, FLOW_LINES.first);
    },

    /**
     * One smoothed frame, with the picture's mean luminance when measured. True when the frame
     * reached an exercise's target (the moment to save the session so far).
     */
    frame(frame: PoseFrame, luminance: number | undefined, nowMs: number): boolean {
      if (!started) this.start(nowMs);
      if (stage === 'done' || (paused !== null && paused !== 'left-frame')) return false;
      if (stage === 'framing') {
        const step = workout.step;
        if (!step) return false;
        const needs = deps.needsFor(step.exercise);
        framing = guide.update(checkFraming(frame, needs, luminance), frame.timestampMs);
        if (framing.status === 'ready') {
          framedNeeds = needs;
          speech.say(FLOW_LINES.framed);
          enter('demo', nowMs);
        }
        return false;
      }
      if (stage !== 'set') return false;
      judgeRecordingFraming(frame, luminance, nowMs);
      if (workout.step)
        followPresence(frame, deps.needsFor(workout.step.exercise), frame.timestampMs);
      if (paused !== null) return false;
      const reached = workout.onFrame(frame);
      const latest = workout.latest;
      if (latest) {
        const line = breathing.update(latest.events, workout.mode, frame.timestampMs);
        if (line) speech.say(line);
      }
      if (pendingSetEvent) {
        handleSetEvent(pendingSetEvent, nowMs);
        pendingSetEvent = null;
      }
      if (reached) onStepDone(nowMs);
      return reached;
    },

    /**
     * A source started: a recording skips what only a person in front of a camera can do
     * (framing, waiting for the card, the countdown); a new source ends a "recording ended" pause.
     */
    sourceStarted(kind: 'camera' | 'file', nowMs: number): void {
      options.recording = kind === 'file';
      forgetRecordingFraming();
      if (paused === 'source-ended') paused = null;
      if (options.recording && stage !== 'set' && stage !== 'done' && started) enter('set', nowMs);
    },

    /** A recording reached its end: the set waits (the summary is one key or click away). */
    sourceEnded(nowMs: number): void {
      this.pause('source-ended', nowMs);
    },

    /** Set events from the workout (its `onSetEvent`). */
    setEvent(event: SetEvent): void {
      pendingSetEvent = event;
    },

    /** The clock: the demonstration, countdowns and rests run on it. */
    tick(nowMs: number): void {
      if (recordingVerdict && nowMs - recordingVerdict.sinceMs >= RECORDING_FRAMING_SHOWN_MS) {
        recordingVerdict = undefined;
      }
      if (paused !== null || stage === 'done') return;
      if (stage === 'demo') {
        const left = options.demoMs - (nowMs - stageStartMs);
        secondsLeft = Math.max(0, Math.ceil(left / 1000));
        if (left <= 0) enter('countdown', nowMs);
        return;
      }
      if (!countdown || (stage !== 'countdown' && stage !== 'rest')) return;
      const step = countdown.update(nowMs);
      secondsLeft = step.secondsLeft;
      if (step.say) speech.say(step.say);
      if (step.over) {
        nextSet = undefined;
        enter('set', nowMs);
      }
    },

    /** Moves past the current intro (framing, card, countdown or rest) at once. */
    skipIntro(nowMs: number): void {
      if (paused !== null) return;
      if (stage === 'framing') {
        framedNeeds = workout.step ? deps.needsFor(workout.step.exercise) : null;
        enter('demo', nowMs);
      } else if (stage === 'demo' || stage === 'rest') enter('countdown', nowMs);
      else if (stage === 'countdown') enter('set', nowMs);
    },

    pause(reason: Exclude<PauseReason, 'left-frame'>, nowMs: number): void {
      if (stage === 'done' || paused === reason) return;
      if (paused === null) pausedAtMs = nowMs;
      paused = reason;
      if (reason === 'user') speech.say(FLOW_LINES.userPaused);
    },

    /**
     * Carries on after a pause: a set resumes through a fresh 3-2-1 (the person may have walked
     * off); timers of an intro or rest carry on where they stopped.
     */
    resume(nowMs: number): void {
      if (paused === null || paused === 'left-frame') return;
      const pausedFor = nowMs - pausedAtMs;
      paused = null;
      if (stage === 'set') {
        enter('countdown', nowMs);
        return;
      }
      stageStartMs += pausedFor;
      if (countdown && (stage === 'countdown' || stage === 'rest')) {
        // A countdown restarts from its full length: half a countdown after a pause helps nobody.
        enter(stage === 'rest' ? 'countdown' : stage, nowMs);
      }
      if (stage === 'framing') guide.reset();
    },

    /** The page moved to another step (skip, back, a click on the list). */
    stepChanged(nowMs: number): void {
      pendingSetEvent = null;
      if (stage === 'done') return;
      startStep(nowMs, FLOW_LINES.next);
    },

    view(): FlowView {
      const upNext = workout.isLast
        ? undefined
        : workout.plan.steps[workout.progress.index + 1]?.exercise.name;
      return {
        stage,
        paused,
        ...(paused ? { pauseText: PAUSE_TEXT[paused] } : {}),
        ...(stage === 'framing' && framing ? { framing } : {}),
        ...(secondsLeft !== undefined ? { secondsLeft } : {}),
        ...(stage === 'rest' && nextSet ? { nextSet } : {}),
        ...(upNext ? { upNext } : {}),
        ...(recordingVerdict
          ? {
              recordingFraming: {
                problem: recordingVerdict.problem,
                message: recordingVerdict.message,
              },
            }
          : {}),
        measuresLight:
          stage === 'framing' || (options.recording && stage === 'set' && recordingFraming.pending),
      };
    },
  };
}

export type WorkoutFlow = ReturnType<typeof createWorkoutFlow>;
