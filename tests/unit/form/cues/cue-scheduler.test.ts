import { describe, expect, it } from 'vitest';
import { createCueScheduler, type CueDecision } from '../../../../src/form/cues/cue-scheduler';

const timing = { minLastingMs: 1500, repeatAfterMs: 8000, minGapMs: 3000, goodAfterMs: 1000 };

/** Runs 10 fps frames; `present(t)` lists the problems in each. Returns [time, decision] pairs. */
function run(present: (t: number) => string[], untilMs: number, judging = true) {
  const scheduler = createCueScheduler(timing);
  const said: [number, CueDecision][] = [];
  for (let t = 0; t <= untilMs; t += 100) {
    const decision = scheduler.update(present(t), t, judging);
    if (decision) said.push([t, decision]);
  }
  return said;
}

describe('cue scheduler', () => {
  it('speaks a fault only once it has lasted', () => {
    expect(run((t) => (t >= 1000 && t < 2000 ? ['hips-sagging'] : []), 5000)).toEqual([]);
    const said = run((t) => (t >= 1000 ? ['hips-sagging'] : []), 3000);
    expect(said).toEqual([[2500, { type: 'cue', id: 'hips-sagging' }]]);
  });

  it('does not repeat the same cue too soon', () => {
    const said = run(() => ['hips-sagging'], 12000);
    expect(said.map(([t]) => t)).toEqual([1500, 9500]);
  });

  it('speaks only the most important fault present', () => {
    const said = run(() => ['hips-sagging', 'head-dropped'], 4000);
    expect(said).toEqual([[1500, { type: 'cue', id: 'hips-sagging' }]]);
  });

  it('says good once a cued fault has been fixed for a moment', () => {
    const said = run((t) => (t < 2000 ? ['hips-sagging'] : []), 6000);
    expect(said).toEqual([
      [1500, { type: 'cue', id: 'hips-sagging' }],
      [3000, { type: 'good' }],
    ]);
  });

  it('does not say good to nobody', () => {
    const said = run((t) => (t < 2000 ? ['hips-sagging'] : []), 6000, false);
    expect(said.filter(([, d]) => d.type === 'good')).toEqual([]);
  });

  it('keeps a gap between two different cues', () => {
    const said = run((t) => (t < 2000 ? ['hips-sagging'] : ['head-dropped']), 8000);
    const times = said.filter(([, d]) => d.type === 'cue').map(([t]) => t);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(3000);
  });
});
