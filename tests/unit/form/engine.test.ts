import { describe, expect, it } from 'vitest';
import { createFormEngine } from '../../../src/form/engine';
import type { EngineEvent, EngineState } from '../../../src/form/types';
import { LANDMARK } from '../../../src/pose/landmarks';
import { exerciseSpec } from './helpers/content';
import { standingSide, straightForearmPlank, withJoint } from './helpers/figures';
import { frameOf, sideViewFrame, type Figure } from './helpers/synthetic-pose';

const sagging = withJoint(straightForearmPlank, 'hip', [0.5, 0.7]);

/** Runs the plank engine at 30 fps over `script(t)`: a figure, or null for nobody in the frame. */
function runPlank(script: (t: number) => Figure | null, untilMs: number): EngineState[] {
  const engine = createFormEngine(exerciseSpec('plank'));
  const states: EngineState[] = [];
  for (let t = 0; t <= untilMs; t += 1000 / 30) {
    const figure = script(t);
    const frame = figure
      ? sideViewFrame(figure, { timestampMs: t })
      : frameOf([], { timestampMs: t });
    states.push(engine.update(frame));
  }
  return states;
}

const events = (states: EngineState[]): EngineEvent[] => states.flatMap((s) => s.events);

describe('form engine', () => {
  it('counts nothing and asks to come into the frame while nobody is there', () => {
    const states = runPlank(() => null, 3000);
    const last = states.at(-1)!;
    expect(last.phase).toBe('not-ready');
    expect(last.guidance).toBe('come-into-frame');
    expect(last.holdSeconds).toBe(0);
    expect(last.score).toBeNull();
    expect(events(states).filter((e) => e.type === 'guidance')).toHaveLength(1);
  });

  it('counts nothing for a person standing and talking, and asks them to get into position', () => {
    const states = runPlank(() => standingSide, 5000);
    expect(states.at(-1)!.holdSeconds).toBe(0);
    expect(states.at(-1)!.phase).toBe('getting-into-position');
    expect(states.at(-1)!.guidance).toBe('not-in-position');
  });

  it('times a hold, pauses while the person is gone and resumes', () => {
    const script = (t: number) => (t < 3000 || t >= 5000 ? straightForearmPlank : null);
    const states = runPlank(script, 8000);
    expect(states.at(-1)!.holdSeconds).toBeCloseTo(6, 0);
    expect(
      events(states)
        .map((e) => e.type)
        .filter((type) => type.startsWith('hold')),
    ).toEqual(['hold-started', 'hold-paused', 'hold-started']);
    expect(states.find((s) => s.timestampMs > 4000)!.phase).toBe('not-ready');
  });

  it('does not stop the clock for one noisy frame', () => {
    const script = (t: number) => (Math.abs(t - 2000) < 17 ? standingSide : straightForearmPlank);
    const states = runPlank(script, 4000);
    expect(events(states).filter((e) => e.type === 'hold-paused')).toEqual([]);
    expect(states.at(-1)!.holdSeconds).toBeCloseTo(4, 0);
  });

  it('asks to move back when the feet leave the picture, and counts nothing then', () => {
    const engine = createFormEngine(exerciseSpec('plank'));
    let state: EngineState | undefined;
    const hidden = { [LANDMARK.leftAnkle]: 0.1, [LANDMARK.rightAnkle]: 0.1 };
    for (let t = 0; t <= 2000; t += 33) {
      state = engine.update(
        sideViewFrame(straightForearmPlank, { timestampMs: t, visibility: hidden }),
      );
    }
    expect(state?.guidance).toBe('move-back');
    expect(state?.holdSeconds).toBe(0);
  });

  it('cues a lasting fault once, lowers the score, and says good when it is fixed', () => {
    const script = (t: number) =>
      t < 1000 ? straightForearmPlank : t < 4000 ? sagging : straightForearmPlank;
    const states = runPlank(script, 7000);
    const said = events(states).filter((e) => e.type === 'cue' || e.type === 'good');
    expect(said.map((e) => (e.type === 'cue' ? e.faultId : e.type))).toEqual([
      'hips-sagging',
      'good',
    ]);
    const cue = said[0]!;
    expect(cue.type === 'cue' && cue.text).toBe(exerciseSpec('plank').cues['hips-sagging']);
    expect(cue.atMs).toBeGreaterThanOrEqual(2500);
    const duringSag = states.find((s) => s.timestampMs > 3000)!;
    expect(duringSag.faults.map((f) => f.id)).toEqual(['hips-sagging']);
    expect(duringSag.score!).toBeLessThan(80);
    expect(states.at(-1)!.faults).toEqual([]);
    expect(states.at(-1)!.score).toBe(100);
  });

  it('summarises time in position, score and fault time, and resets', () => {
    const engine = createFormEngine(exerciseSpec('plank'));
    for (let t = 0; t <= 4000; t += 33) {
      engine.update(sideViewFrame(t < 2000 ? straightForearmPlank : sagging, { timestampMs: t }));
    }
    const summary = engine.summary();
    expect(summary.holdSeconds).toBeCloseTo(4, 0);
    expect(summary.faultSeconds['hips-sagging']).toBeGreaterThan(1.5);
    expect(summary.score!).toBeLessThan(100);
    expect(summary.score!).toBeGreaterThan(50);
    engine.reset();
    expect(engine.summary().holdSeconds).toBe(0);
    expect(engine.summary().score).toBeNull();
  });

  it('refuses a content file whose params do not fit the checker', () => {
    const spec = exerciseSpec('plank');
    expect(() => createFormEngine({ ...spec, checker: { kind: 'plank', params: {} } })).toThrow();
    expect(() => createFormEngine({ ...spec, checker: { kind: 'no-such', params: {} } })).toThrow(
      /no-such/,
    );
  });
});
