import { describe, expect, it } from 'vitest';
import type { Dose } from '../../../src/content/exercise-schema';
import type { EngineState } from '../../../src/form/types';
import { cameraSetup } from '../../../src/workout/camera-setup';
import { coachingView } from '../../../src/workout/coaching-view';
import { exerciseTargets, targetsReached } from '../../../src/workout/exercise-targets';
import {
  historyWorkoutId,
  parseWorkoutRoute,
  workoutExerciseId,
} from '../../../src/workout/workout-route';

const dose = (d: Partial<Dose>): Dose => ({
  sets: 1,
  restSeconds: 0,
  perSide: false,
  fromProgramme: true,
  ...d,
});

const state = (s: Partial<EngineState>): EngineState => ({
  timestampMs: 0,
  score: 70,
  faults: [],
  phase: 'holding',
  guidance: null,
  holdSeconds: 0,
  reps: 0,
  repsBySide: { left: 0, right: 0 },
  events: [],
  ...s,
});

describe('exercise targets', () => {
  it('counts reps over all sets, per side where the dose says so', () => {
    expect(exerciseTargets(dose({ reps: 10, sets: 2 }), 'reps')).toEqual({
      kind: 'reps',
      reps: 20,
      perSide: false,
    });
    const perSide = exerciseTargets(dose({ reps: 5, perSide: true, holdSeconds: 3 }), 'reps');
    expect(perSide).toEqual({ kind: 'reps', reps: 5, perSide: true, holdSecondsEachRep: 3 });
    expect(
      targetsReached(perSide, { holdSeconds: 0, reps: 9, repsBySide: { left: 5, right: 4 } }),
    ).toBe(false);
    expect(
      targetsReached(perSide, { holdSeconds: 0, reps: 10, repsBySide: { left: 5, right: 5 } }),
    ).toBe(true);
  });

  it('turns held repetitions into seconds when the checker times a position', () => {
    expect(exerciseTargets(dose({ holdSeconds: 30, sets: 2 }), 'hold')).toEqual({
      kind: 'hold',
      holdSeconds: 60,
    });
    expect(exerciseTargets(dose({ reps: 5, holdSeconds: 10 }), 'hold')).toEqual({
      kind: 'hold',
      holdSeconds: 50,
    });
    expect(exerciseTargets(dose({ holdSeconds: 20, perSide: true }), 'hold')).toEqual({
      kind: 'hold',
      holdSeconds: 40,
    });
    // A rep dose with no checker able to count reps falls back to a timed hold.
    expect(exerciseTargets(dose({ reps: 10, secondsPerRep: 4 }), 'hold')).toEqual({
      kind: 'hold',
      holdSeconds: 40,
    });
  });
});

describe('coaching view', () => {
  const text = (id: string) => `said:${id}`;

  it('waits for the camera before the first frame', () => {
    const view = coachingView(undefined, { kind: 'hold', holdSeconds: 30 }, text, false);
    expect(view.phase).toBe('Waiting for the camera');
    expect(view.score).toBeNull();
    expect(view.hold!.text).toBe('0 s of 30 s');
  });

  it('shows the hold against its target, the top fault and the guidance', () => {
    const view = coachingView(
      state({
        holdSeconds: 12.7,
        guidance: 'move-back',
        faults: [
          { id: 'hips-sagging', bodyPart: 'hips', severity: 0.6, cue: 'Lift your hips' },
          { id: 'head-dropped', bodyPart: 'head', severity: 0.2, cue: 'Head up' },
        ],
      }),
      { kind: 'hold', holdSeconds: 30 },
      text,
      false,
    );
    expect(view.phase).toBe('Holding');
    expect(view.score).toBe(70);
    expect(view.hold).toEqual({ seconds: 12.7, target: 30, text: '12 s of 30 s' });
    expect(view.fault).toEqual({ id: 'hips-sagging', bodyPart: 'hips', cue: 'Lift your hips' });
    expect(view.guidance).toBe('said:move-back');
    expect(view.reps).toBeUndefined();
  });

  it('shows reps per side, and the hold of held reps', () => {
    const view = coachingView(
      state({ phase: 'moving', reps: 3, repsBySide: { left: 2, right: 1 }, holdSeconds: 7 }),
      { kind: 'reps', reps: 5, perSide: true, holdSecondsEachRep: 3 },
      text,
      false,
    );
    expect(view.reps).toEqual({ count: 3, target: 5, text: 'left 2 of 5, right 1 of 5' });
    expect(view.hold!.text).toBe('7 s held (3 s each rep)');
  });
});

describe("the display's count", () => {
  const text = (id: string) => id;
  const sets = (set: number, restLeftSeconds?: number) => ({
    set,
    sets: 3,
    ...(restLeftSeconds !== undefined ? { restLeftSeconds } : {}),
  });

  it("counts the set under way against the set's share of the target", () => {
    // 90 s over 3 sets: 40.5 s held is 10 s into set 2 of 30 s.
    const view = coachingView(
      state({ holdSeconds: 40.5 }),
      { kind: 'hold', holdSeconds: 90 },
      text,
      false,
      sets(2),
    );
    expect(view.count).toMatchObject({ kind: 'hold', value: '10', of: 'of 30 s' });
    expect(view.count.progress).toBeCloseTo(0.35);
    expect(view.sets).toEqual({ set: 2, sets: 3, resting: false, text: 'Set 2 of 3' });
  });

  it('shows the rest as the count while resting, and a full ring once done', () => {
    const resting = coachingView(
      state({ reps: 10 }),
      { kind: 'reps', reps: 30, perSide: false },
      text,
      false,
      sets(2, 25),
    );
    expect(resting.count).toEqual({ kind: 'rest', value: '25', of: 'rest', progress: 0 });
    const done = coachingView(
      state({ reps: 30 }),
      { kind: 'reps', reps: 30, perSide: false },
      text,
      true,
      sets(3),
    );
    expect(done.count).toEqual({ kind: 'reps', value: '10', of: 'of 10 reps', progress: 1 });
  });

  it('counts per-side reps by the weaker side, saying both', () => {
    const view = coachingView(
      state({ reps: 5, repsBySide: { left: 3, right: 2 } }),
      { kind: 'reps', reps: 5, perSide: true },
      text,
      false,
    );
    expect(view.count.value).toBe('2');
    expect(view.count.of).toBe('of 5 each side (left 3, right 2)');
    expect(view.count.progress).toBeCloseTo(0.4);
  });

  it('names the parts of every active fault once, for the skeleton', () => {
    const fault = (id: string, bodyPart: 'hips' | 'head') => ({
      id,
      bodyPart,
      severity: 0.5,
      cue: id,
    });
    const view = coachingView(
      state({
        faults: [fault('hips-sagging', 'hips'), fault('head-dropped', 'head'), fault('x', 'hips')],
      }),
      { kind: 'hold', holdSeconds: 30 },
      text,
      false,
    );
    expect(view.faultParts).toEqual(['hips', 'head']);
    expect(
      coachingView(undefined, { kind: 'hold', holdSeconds: 30 }, text, false).faultParts,
    ).toEqual([]);
  });
});

describe('camera set-up and routes', () => {
  it('asks for a side view from hip height for whole-body floor work, eye level for the neck', () => {
    expect(cameraSetup({ view: 'side', visible: ['shoulders', 'hips', 'ankles'] })).toBe(
      'Place the camera side-on at hip height, 2–3 m away, so your whole body is in view.',
    );
    expect(cameraSetup({ view: 'front', visible: ['head', 'shoulders'] })).toContain(
      'in front of you at eye level, about 1 m away',
    );
    expect(cameraSetup({ view: 'any', visible: ['hips'] })).toContain('side-on or facing you');
  });

  it('reads the workout and history routes', () => {
    expect(parseWorkoutRoute('workout')).toEqual({ page: 'workout' });
    expect(parseWorkoutRoute('workout/glute-bridge')).toEqual({
      page: 'workout',
      exerciseId: 'glute-bridge',
    });
    expect(workoutExerciseId('workout/plank')).toBe('plank');
    expect(workoutExerciseId('history')).toBeUndefined();
    expect(parseWorkoutRoute('history')).toEqual({ page: 'history' });
    expect(parseWorkoutRoute('history/w%201')).toEqual({ page: 'history', workoutId: 'w 1' });
    expect(historyWorkoutId('history/w%201')).toBe('w 1');
    for (const bad of ['workout/', 'workout/a/b', 'history/', 'history/a/b', 'coach']) {
      expect(parseWorkoutRoute(bad)).toBeUndefined();
    }
  });
});
