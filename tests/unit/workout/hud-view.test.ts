import { describe, expect, it } from 'vitest';
import { coachingView } from '../../../src/workout/coaching-view';
import { hudView, type HudInput } from '../../../src/workout/hud-view';
import type { EngineState } from '../../../src/form/types';

const state = (s: Partial<EngineState>): EngineState => ({
  timestampMs: 0,
  score: 76.4,
  faults: [],
  phase: 'holding',
  guidance: null,
  holdSeconds: 24,
  reps: 0,
  repsBySide: { left: 0, right: 0 },
  events: [],
  ...s,
});

const input = (s: Partial<EngineState> | undefined, more: Partial<HudInput> = {}): HudInput => ({
  view: coachingView(
    s && state(s),
    { kind: 'hold', holdSeconds: 90 },
    (id) => `guidance:${id}`,
    false,
    { set: 2, sets: 3 },
  ),
  exerciseName: 'Forearm plank',
  index: 0,
  steps: 2,
  nextName: 'Side plank',
  paused: false,
  problem: undefined,
  cameraRunning: true,
  ...more,
});

describe('heads-up display', () => {
  it('titles the exercise with its set, rounds the score and says what comes next', () => {
    const hud = hudView(input({}));
    expect(hud.title).toBe('Forearm plank · set 2 of 3');
    expect(hud.position).toBe('Exercise 1 of 2');
    expect(hud.score).toBe('76');
    expect(hud.scoreShare).toBeCloseTo(0.764);
    expect(hud.next).toBe('Next: Side plank');
    expect(hud.cue).toEqual({ text: 'Good. Keep holding', kind: 'good' });
    expect(hudView(input({}, { nextName: undefined, steps: 1 })).next).toBe('Last exercise');
    expect(hudView(input({}, { steps: 1 })).position).toBeUndefined();
  });

  it('says why it cannot count or judge instead of showing a silent zero', () => {
    expect(hudView(input({}, { cameraRunning: false })).cue.text).toContain('Start the camera');
    expect(hudView(input(undefined)).cue).toEqual({ text: 'Waiting for the camera', kind: 'info' });
    const guided = hudView(input({ guidance: 'move-back', score: null, phase: 'not-ready' }));
    expect(guided.cue).toEqual({ text: 'guidance:move-back', kind: 'guidance' });
    expect(guided.score).toBe('–');
    const noChecker = hudView(input({}, { problem: 'The coach cannot check the form' }));
    expect(noChecker.cue.text).toBe('The coach cannot check the form');
  });

  it('puts the fault cue first, then the rest; pause overrides everything', () => {
    const fault = hudView(
      input({
        faults: [{ id: 'hips-sagging', bodyPart: 'hips', severity: 0.5, cue: 'Lift your hips' }],
      }),
    );
    expect(fault.cue).toEqual({ text: 'Lift your hips', kind: 'fault' });
    expect(hudView(input({}, { paused: true })).cue.kind).toBe('paused');
  });
});
