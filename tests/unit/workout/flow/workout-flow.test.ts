import { describe, expect, it } from 'vitest';
import { exerciseById } from '../../../../src/content/catalogue';
import type { Dose, Exercise } from '../../../../src/content/exercise-schema';
import { findChecker } from '../../../../src/form/checkers/registry';
import { createFormEngine } from '../../../../src/form/engine';
import type { PoseFrame } from '../../../../src/pose/landmarks';
import { framingNeeds } from '../../../../src/workout/flow/framing-check';
import {
  RECORDING_FRAMING_MESSAGES,
  recordingFramingOk,
} from '../../../../src/workout/flow/recording-framing';
import {
  FLOW_LINES,
  RECORDING_FRAMING_SHOWN_MS,
  createWorkoutFlow,
  type FlowOptions,
} from '../../../../src/workout/flow/workout-flow';
import { createSpeechQueue } from '../../../../src/workout/speech-queue';
import { createWorkout } from '../../../../src/workout/workout-session';
import type { WorkoutPlan } from '../../../../src/workout/workout-steps';
import { clipFrames, hasClipFixture } from '../../form/helpers/fixtures';

/** A good side-on forearm plank, held 0-3.9 s of the clip. */
const PLANK_CLIP = 'plank-rooftop-good-2';

function plan(...steps: [string, Partial<Dose>][]): WorkoutPlan {
  return {
    steps: steps.map(([id, dose]) => {
      const exercise = exerciseById(id)!;
      return { exercise, dose: { ...exercise.dose, ...dose } };
    }),
    missing: [],
  };
}

/** The flow over a real workout, with every spoken line recorded. */
function setUp(workoutPlan: WorkoutPlan, options: Partial<FlowOptions> = {}) {
  const said: string[] = [];
  const speech = createSpeechQueue();
  const say = speech.say.bind(speech);
  speech.say = (text: string) => {
    said.push(text);
    say(text);
  };
  // The workout reports set events to the flow, which is made from the workout: a late binding.
  const handlers: { flow?: ReturnType<typeof createWorkoutFlow> } = {};
  const workout = createWorkout({
    plan: workoutPlan,
    createEngine: (spec) => createFormEngine(spec),
    checkerMode: (kind) => findChecker(kind)?.mode,
    speech,
    now: () => new Date(0),
    newId: () => 'id',
    onSetEvent: (event) => handlers.flow?.setEvent(event),
  });
  const flow = createWorkoutFlow({
    workout,
    speech,
    needsFor: (exercise: Exercise) => framingNeeds(exercise),
    options: { demoMs: 2000, ...options },
  });
  handlers.flow = flow;
  return { flow, workout, said };
}

/** The clip's frames again and again, on one clock that goes on (a camera looking at a loop). */
function* looped(frames: readonly PoseFrame[], fromMs = 0): Generator<PoseFrame> {
  let offset = fromMs - frames[0]!.timestampMs;
  for (;;) {
    for (const frame of frames) yield { ...frame, timestampMs: frame.timestampMs + offset };
    offset += frames.at(-1)!.timestampMs - frames[0]!.timestampMs + 100;
  }
}

/** Feeds frames (and clock ticks at each frame's time) while `until` is false, up to a limit. */
function run(
  flow: ReturnType<typeof createWorkoutFlow>,
  frames: Iterator<PoseFrame>,
  until: () => boolean,
  limitMs = 120_000,
): number {
  for (;;) {
    const frame = frames.next().value as PoseFrame;
    const t = frame.timestampMs;
    flow.tick(t);
    flow.frame(frame, 0.5, t);
    if (until()) return t;
    if (t > limitMs) throw new Error(`not reached in ${limitMs} ms (stage ${flow.stage})`);
  }
}

const empty = (t: number): PoseFrame => ({ timestampMs: t, width: 640, height: 480, poses: [] });

describe.skipIf(!hasClipFixture(PLANK_CLIP))('the hands-free flow on a recorded plank', () => {
  const frames = clipFrames(PLANK_CLIP);

  it('frames, shows the card, counts 3-2-1, runs two sets with a rest and finishes', () => {
    const { flow, workout, said } = setUp(
      plan(['plank', { holdSeconds: 1.5, sets: 2, restSeconds: 4 }]),
    );
    const stream = looped(frames);
    expect(flow.stage).toBe('framing');
    const framedAt = run(flow, stream, () => flow.stage !== 'framing');
    expect(flow.stage).toBe('demo');
    // Right from the first frame: ready after the guide's 1.5 s, give or take a frame.
    expect(framedAt).toBeGreaterThanOrEqual(1500);
    expect(framedAt).toBeLessThan(1800);
    expect(said).toEqual([FLOW_LINES.first('Forearm plank'), FLOW_LINES.framed]);

    run(flow, stream, () => flow.stage === 'countdown');
    run(flow, stream, () => flow.stage === 'set');
    expect(said.slice(2, 6)).toEqual(['3', '2', '1', 'Go']);

    run(flow, stream, () => flow.stage === 'rest');
    expect(said).toContain(FLOW_LINES.rest(1, 2, 4));
    expect(flow.view().nextSet).toEqual({ set: 2, sets: 2 });
    // The set's hold as the record keeps it: the screen's clock (latest) runs a moment behind, as
    // the engine decides each frame once the movement after it has shown.
    const recordedHold = () => workout.record(false).exercises[0]!.holdSeconds;
    const held = recordedHold();
    expect(held).toBeGreaterThanOrEqual(1.5);

    run(flow, stream, () => flow.stage === 'set');
    // The rest's own countdown says its last seconds, then calls the next set.
    const afterRest = said.slice(said.indexOf(FLOW_LINES.rest(1, 2, 4)) + 1);
    expect(afterRest.filter((l) => /^\d+$/.test(l))).toEqual(['3', '2', '1']);
    expect(afterRest).toContain(FLOW_LINES.nextSetGo(2, 2));
    // The rest was not counted as work: the engine saw no frame during it.
    expect(recordedHold()).toBe(held);

    run(flow, stream, () => flow.stage === 'done');
    expect(workout.latest!.holdSeconds).toBeGreaterThanOrEqual(3);
    expect(said.at(-1)).toContain(FLOW_LINES.finished);
  });

  it('pauses when the person leaves the picture and resumes when they come back', () => {
    const { flow, workout, said } = setUp(plan(['plank', { holdSeconds: 60 }]));
    const stream = looped(frames);
    flow.skipIntro(0); // framing
    flow.skipIntro(0); // card
    flow.skipIntro(0); // countdown
    expect(flow.stage).toBe('set');
    const t = run(flow, stream, () => (workout.latest?.holdSeconds ?? 0) > 1);
    // Gone for a second: not yet a pause (the hold timer rides out short gaps itself).
    for (let dt = 100; dt <= 1000; dt += 100) flow.frame(empty(t + dt), 0.5, t + dt);
    expect(flow.paused).toBeNull();
    for (let dt = 1100; dt <= 2500; dt += 100) flow.frame(empty(t + dt), 0.5, t + dt);
    expect(flow.paused).toBe('left-frame');
    expect(flow.view().pauseText).toMatch(/come back/);
    expect(said).toContain(FLOW_LINES.paused);
    const heldWhenGone = workout.latest!.holdSeconds;

    const back = looped(frames, t + 2600);
    run(flow, back, () => flow.paused === null);
    expect(said).toContain(FLOW_LINES.back);
    run(flow, back, () => workout.latest!.holdSeconds > heldWhenGone + 1);
    expect(flow.stage).toBe('set');

    // A pause by hand while nobody is there holds until it is undone, whoever comes back.
    const t2 = run(flow, back, () => true);
    for (let dt = 100; dt <= 2000; dt += 100) flow.frame(empty(t2 + dt), 0.5, t2 + dt);
    expect(flow.paused).toBe('left-frame');
    flow.pause('user', t2 + 2000);
    expect(flow.paused).toBe('user');
    run(flow, looped(frames, t2 + 2100), () => true);
    expect(flow.paused).toBe('user');
  });

  it('a pause by the person (or a hidden tab) stops judging, and resumes through a 3-2-1', () => {
    const { flow, workout } = setUp(plan(['plank', { holdSeconds: 60 }]));
    const stream = looped(frames);
    flow.skipIntro(0);
    flow.skipIntro(0);
    flow.skipIntro(0);
    const t = run(flow, stream, () => (workout.latest?.holdSeconds ?? 0) > 1);
    flow.pause('hidden', t);
    const held = workout.latest!.holdSeconds;
    for (let i = 0; i < 40; i++) {
      const frame = stream.next().value as PoseFrame;
      flow.tick(frame.timestampMs);
      flow.frame(frame, 0.5, frame.timestampMs);
    }
    expect(workout.latest!.holdSeconds).toBe(held);
    expect(flow.view().pauseText).toMatch(/background/);
    flow.resume(t + 5000);
    expect(flow.paused).toBeNull();
    expect(flow.stage).toBe('countdown');
  });

  it('shows the framing guide again only where the next exercise needs another view', () => {
    const sameView = setUp(
      plan(['plank', { holdSeconds: 1, sets: 1 }], ['high-plank', { holdSeconds: 1, sets: 1 }]),
    );
    const stream = looped(frames);
    run(sameView.flow, stream, () => sameView.flow.stage === 'set');
    run(sameView.flow, stream, () => sameView.workout.progress.index === 1);
    expect(sameView.flow.stage).toBe('demo');
    expect(sameView.said.at(-1)).toContain(FLOW_LINES.next('High plank'));

    const otherView = setUp(
      plan(['plank', { holdSeconds: 1, sets: 1 }], ['neck-turns', { reps: 2, sets: 1 }]),
    );
    run(otherView.flow, stream, () => otherView.flow.stage === 'set');
    run(otherView.flow, stream, () => otherView.workout.progress.index === 1);
    expect(otherView.flow.stage).toBe('framing');
  });

  it('on a recording, starts judging at once: no framing wait, card or countdown', () => {
    const { flow, workout } = setUp(plan(['plank', { holdSeconds: 60 }]), { recording: true });
    const stream = looped(frames);
    flow.frame(stream.next().value as PoseFrame, undefined, 0);
    expect(flow.stage).toBe('set');
    run(flow, stream, () => (workout.latest?.holdSeconds ?? 0) > 1, 5000);
  });

  it('on a recording, says once what its start shows: every check can judge on this plank', () => {
    const { flow, said } = setUp(plan(['plank', { holdSeconds: 60 }]), { recording: true });
    const stream = looped(frames);
    flow.frame(stream.next().value as PoseFrame, undefined, 0);
    // The light is measured while the verdict is gathered (the check judges it), then no more.
    expect(flow.view().measuresLight).toBe(true);
    const t = run(flow, stream, () => flow.view().recordingFraming !== undefined, 5000);
    expect(flow.view().recordingFraming).toEqual({
      problem: null,
      message: recordingFramingOk('Forearm plank'),
    });
    expect(flow.view().measuresLight).toBe(false);
    expect(said.filter((line) => line.startsWith('The recording shows'))).toHaveLength(1);
    // Shown for a while, then the screen is the set's again; not said a second time.
    const shownUntil = t + RECORDING_FRAMING_SHOWN_MS;
    const gone = run(
      flow,
      stream,
      () => flow.view().recordingFraming === undefined,
      shownUntil + 500,
    );
    expect(gone).toBeGreaterThanOrEqual(shownUntil);
    expect(said.filter((line) => line.startsWith('The recording shows'))).toHaveLength(1);
  });

  it('on a recording with the feet cut off, says the checks that need them cannot judge', () => {
    const { flow, said } = setUp(plan(['plank', { holdSeconds: 60 }]), { recording: true });
    // Zoomed about the head: the far end of the body, the feet, leaves the picture.
    const nose = frames[0]!.poses[0]!.landmarks[0]!;
    const zoomed = frames.map((frame) => ({
      ...frame,
      poses: frame.poses.map((pose) => ({
        ...pose,
        landmarks: pose.landmarks.map((l) => ({
          ...l,
          x: nose.x + (l.x - nose.x) * 1.5,
          y: nose.y + (l.y - nose.y) * 1.5,
        })),
      })),
    }));
    run(flow, looped(zoomed), () => flow.view().recordingFraming !== undefined, 5000);
    expect(flow.view().recordingFraming?.problem).toBe('feet-out');
    expect(said).toContain(`${RECORDING_FRAMING_MESSAGES['feet-out']}.`);
    // The set goes on regardless: the recording is judged as far as it can be.
    expect(flow.stage).toBe('set');
  });
});

describe('the flow without frames', () => {
  it('says the rest of the workout is done when the last step is skipped to', () => {
    const { flow } = setUp(plan(['plank', {}], ['glute-bridge', {}]));
    flow.start(0);
    expect(flow.view().upNext).toBe('Glute bridge');
    flow.skipIntro(0);
    expect(flow.stage).toBe('demo');
    flow.tick(1000);
    expect(flow.view().secondsLeft).toBe(1);
    flow.tick(2000);
    expect(flow.stage).toBe('countdown');
  });

  it('a user pause freezes the card’s timer', () => {
    const { flow } = setUp(plan(['plank', {}]));
    flow.start(0);
    flow.skipIntro(0);
    flow.tick(500);
    flow.pause('user', 500);
    flow.tick(10_000);
    expect(flow.stage).toBe('demo');
    flow.resume(10_000);
    flow.tick(11_000);
    expect(flow.stage).toBe('demo');
    flow.tick(11_600);
    expect(flow.stage).toBe('countdown');
  });
});

describe('the source', () => {
  it('a recording opened mid-intro starts the set; its end pauses until another starts', () => {
    const { flow } = setUp(plan(['plank', {}]));
    flow.start(0);
    expect(flow.stage).toBe('framing');
    flow.sourceStarted('file', 100);
    expect(flow.stage).toBe('set');
    flow.sourceEnded(5000);
    expect(flow.paused).toBe('source-ended');
    expect(flow.view().pauseText).toBe('The recording has ended.');
    flow.sourceStarted('file', 6000);
    expect(flow.paused).toBeNull();
  });
});
