import { describe, expect, it } from 'vitest';
import { exerciseById } from '../../../src/content/catalogue';
import { createFormEngine, type FormEngine } from '../../../src/form/engine';
import { findChecker } from '../../../src/form/checkers/registry';
import type { EngineState, EngineSummary } from '../../../src/form/types';
import { sessionRecordSchema } from '../../../src/workout/session-record';
import { createSpeechQueue } from '../../../src/workout/speech-queue';
import { TARGET_REACHED_LINE, createWorkout } from '../../../src/workout/workout-session';
import { planForExercise, planForRoutine } from '../../../src/workout/workout-steps';
import { clipFrames, hasClipFixture, runClip } from '../form/helpers/fixtures';

const PLANK_CLIP = 'plank-rooftop-good-2';
/** A tutorial cut between angles: the coach has guidance to give. */
const CUTS_CLIP = 'plank-tutorial-cuts';

function realWorkout(plan = planForExercise(exerciseById('plank')!)) {
  let clock = Date.parse('2026-11-25T10:00:00.000Z');
  return createWorkout({
    plan,
    createEngine: (spec) => createFormEngine(spec),
    checkerMode: (kind) => findChecker(kind)?.mode,
    speech: createSpeechQueue(),
    now: () => new Date((clock += 1000)),
    newId: () => 'session-1',
  });
}

/** An engine that replays scripted states, to drive the workout without landmarks. */
function scriptedEngine(
  states: Partial<EngineState>[],
  summary: Partial<EngineSummary>,
): FormEngine {
  let i = 0;
  const base: EngineState = {
    timestampMs: 0,
    score: null,
    faults: [],
    phase: 'getting-into-position',
    guidance: null,
    holdSeconds: 0,
    reps: 0,
    repsBySide: { left: 0, right: 0 },
    events: [],
  };
  return {
    update: () => ({ ...base, ...states[Math.min(i++, states.length - 1)] }),
    summary: () => ({
      exerciseId: 'x',
      holdSeconds: 0,
      reps: 0,
      repsBySide: { left: 0, right: 0 },
      repRecords: [],
      score: null,
      faultSeconds: {},
      secondsInPosition: 0,
      endSeconds: { high: 0, low: 0 },
      ...summary,
    }),
    reset: () => {},
  };
}

const frame = { timestampMs: 0, poses: [], imageWidth: 640, imageHeight: 480 } as never;

describe('workout session', () => {
  it.skipIf(!hasClipFixture(PLANK_CLIP))(
    'times a real plank clip and keeps it in the session record',
    () => {
      const workout = realWorkout();
      for (const f of clipFrames(PLANK_CLIP)) workout.onFrame(f);
      const view = workout.view()!;
      expect(view.hold!.seconds).toBeGreaterThan(1);
      expect(view.hold!.text).toMatch(/^\d+ s of 30 s$/);

      const record = workout.record(true);
      expect(sessionRecordSchema.parse(record)).toEqual(record);
      expect(record.routine).toBeNull();
      expect(record.exercises).toHaveLength(1);
      const plank = record.exercises[0]!;
      expect(plank.exerciseId).toBe('plank');
      expect(plank.holdSeconds).toBeCloseTo(view.hold!.seconds, 0);
      expect(plank.targetHoldSeconds).toBe(30);
      expect(plank.score).not.toBeNull();
    },
  );

  it.skipIf(!hasClipFixture(CUTS_CLIP))(
    'says exactly what the engine asks to say on a real clip, in order, and nothing per frame',
    () => {
      const expected = runClip(CUTS_CLIP, 'plank')
        .states.flatMap((s) => s.events)
        .flatMap((e) =>
          e.type === 'cue' || e.type === 'good' || e.type === 'guidance' ? [e.text] : [],
        );
      expect(expected.length).toBeGreaterThan(0);

      const speech = createSpeechQueue();
      const said: string[] = [];
      speech.say = (text) => void said.push(text);
      const workout = createWorkout({
        plan: planForExercise(exerciseById('plank')!),
        createEngine: (spec) => createFormEngine(spec),
        checkerMode: (kind) => findChecker(kind)?.mode,
        speech,
        now: () => new Date(0),
        newId: () => 'id',
      });
      const frames = clipFrames(CUTS_CLIP);
      for (const f of frames) workout.onFrame(f);
      expect(said.filter((line) => line !== TARGET_REACHED_LINE)).toEqual(expected);
      expect(said.length).toBeLessThan(frames.length / 10);
    },
  );

  it('speaks cues, "good" and guidance from the events, and the target once', () => {
    const engine = scriptedEngine(
      [
        {
          guidance: 'turn-side-on',
          phase: 'not-ready',
          events: [{ type: 'guidance', atMs: 0, guidance: 'turn-side-on', text: 'Turn side-on' }],
        },
        {
          score: 60,
          faults: [{ id: 'hips-sagging', bodyPart: 'hips', severity: 0.5, cue: 'Lift your hips' }],
          events: [{ type: 'cue', atMs: 0, faultId: 'hips-sagging', text: 'Lift your hips' }],
        },
        { score: 95, holdSeconds: 12, events: [{ type: 'good', atMs: 0, text: 'Good' }] },
        { score: 95, holdSeconds: 31, events: [{ type: 'hold-paused', atMs: 0, holdSeconds: 31 }] },
        { score: 95, holdSeconds: 32 },
      ],
      {},
    );
    const speech = createSpeechQueue();
    const said: string[] = [];
    speech.say = (text) => void said.push(text);
    const workout = createWorkout({
      plan: planForExercise(exerciseById('plank')!),
      createEngine: () => engine,
      checkerMode: () => 'hold',
      speech,
      now: () => new Date(0),
      newId: () => 'id',
    });
    workout.onFrame(frame);
    expect(workout.view()!.guidance).toBe(exerciseById('plank')!.cues['turn-side-on']);
    workout.onFrame(frame);
    expect(workout.view()!.fault).toEqual({
      id: 'hips-sagging',
      bodyPart: 'hips',
      cue: 'Lift your hips',
    });
    const reached = [1, 2, 3].map(() => workout.onFrame(frame));
    expect(reached).toEqual([false, true, false]);
    expect(said).toEqual(['Turn side-on', 'Lift your hips', 'Good', TARGET_REACHED_LINE]);
    expect(workout.view()!.done).toBe(true);
    expect(workout.reachedSteps()).toEqual([0]);
  });

  it('tells the person when a set is done, counts down the rest and calls the next set', () => {
    const bridge = exerciseById('glute-bridge')!;
    const dose = { ...bridge.dose, reps: 10, sets: 3, restSeconds: 30, perSide: false };
    const engine = scriptedEngine(
      [
        { timestampMs: 1000, reps: 9 },
        { timestampMs: 2000, reps: 10 },
        { timestampMs: 12_000, reps: 10 },
        { timestampMs: 32_000, reps: 10 },
      ],
      {},
    );
    const speech = createSpeechQueue();
    const said: string[] = [];
    speech.say = (text) => void said.push(text);
    const workout = createWorkout({
      plan: { steps: [{ exercise: bridge, dose }], missing: [] },
      createEngine: () => engine,
      checkerMode: () => 'reps',
      speech,
      now: () => new Date(0),
      newId: () => 'id',
    });
    workout.onFrame(frame);
    expect(workout.view()!.sets).toEqual({ set: 1, sets: 3, resting: false, text: 'Set 1 of 3' });
    workout.onFrame(frame);
    expect(said).toEqual(['Set 1 of 3 done. Rest for 30 seconds.']);
    workout.onFrame(frame);
    expect(workout.view()!.sets).toEqual({
      set: 2,
      sets: 3,
      resting: true,
      text: 'Rest 20 s, then set 2 of 3',
    });
    expect(workout.view()!.reps!.text).toBe('10 of 30');
    workout.onFrame(frame);
    expect(said.at(-1)).toBe('Rest over. Set 2 of 3: start when you are ready.');
    expect(workout.view()!.sets!.text).toBe('Set 2 of 3');
  });

  it('keeps each step’s engine when going back, and records only steps with activity', () => {
    const routine = {
      id: 'r',
      name: 'Short',
      summary: '',
      items: [{ exerciseId: 'plank' }, { exerciseId: 'glute-bridge' }, { exerciseId: 'cat-cow' }],
    };
    const created: string[] = [];
    const workout = createWorkout({
      plan: planForRoutine(routine, exerciseById),
      createEngine: (spec) => {
        created.push(spec.id);
        if (spec.id === 'cat-cow') throw new Error('no checker');
        return scriptedEngine(
          [{ holdSeconds: 3 }],
          spec.id === 'plank'
            ? {
                holdSeconds: 20,
                score: 88,
                secondsInPosition: 21,
                faultSeconds: { 'hips-sagging': 2.04, 'neck-craned': 0 },
              }
            : {},
        );
      },
      checkerMode: (kind) => findChecker(kind)?.mode,
      speech: createSpeechQueue(),
      now: () => new Date('2026-11-25T10:00:00.000Z'),
      newId: () => 'id',
    });
    workout.onFrame(frame);
    workout.next();
    workout.onFrame(frame);
    workout.next();
    expect(workout.problem).toContain('cannot check the form');
    workout.onFrame(frame);
    expect(workout.isLast).toBe(true);
    workout.goTo(0);
    workout.onFrame(frame);
    expect(created).toEqual(['plank', 'glute-bridge', 'cat-cow']);
    expect(workout.reachedSteps()).toEqual([]);

    const record = workout.record(false);
    expect(record.routine).toEqual({ id: 'r', name: 'Short' });
    expect(record.finished).toBe(false);
    expect(record.exercises.map((e) => e.exerciseId)).toEqual(['plank']);
    expect(record.exercises[0]!.faults).toEqual([
      { id: 'hips-sagging', cue: exerciseById('plank')!.cues['hips-sagging'], seconds: 2 },
    ]);
  });
});
