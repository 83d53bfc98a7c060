import { describe, expect, it } from 'vitest';
import { evaluateClip } from '../../eval/clip-evaluation';
import type { EngineTrace, TraceSample } from '../../eval/engine-trace';
import { clipLabelSchema } from '../../eval/labels';

const label = (fields: object) =>
  clipLabelSchema.parse({ file: 'clips/x.mp4', exercise: 'plank', ...fields });

/** A synthetic trace at 10 fps: holding (score 90) from `holdFrom` to `holdTo` seconds. */
function holdTrace(durationS: number, holdFrom: number, holdTo: number, faultIds: string[] = []) {
  const samples: TraceSample[] = [];
  let held = 0;
  for (let i = 0; i <= durationS * 10; i++) {
    const t = i / 10;
    const holding = t > holdFrom && t <= holdTo + 1e-9;
    if (holding) held += 0.1;
    samples.push({
      timestampMs: i * 100,
      holdSeconds: held,
      reps: 0,
      score: holding ? 90 : null,
      faultIds: holding ? faultIds : [],
      phase: holding ? 'holding' : 'not-ready',
    });
  }
  const trace: EngineTrace = {
    samples,
    repEvents: [],
    spoken: [],
    finalReps: 0,
    finalRepsBySide: { left: 0, right: 0 },
    engineMsPerFrame: 0,
  };
  return trace;
}

describe('clip evaluation', () => {
  it('meets the targets when the engine holds when the label says', () => {
    const result = evaluateClip(
      'x',
      label({ holds: [[2, 8]], form: 'good', confidence: 'high' }),
      holdTrace(10, 2.3, 8),
      1,
    );
    expect(result.hold?.errorSeconds).toBeCloseTo(-0.3);
    expect(result.outside?.holdSeconds).toBeCloseTo(0);
    expect(result.outside?.reps).toBe(0);
    expect(result.form.verdict).toBe('good');
    expect(result.misses).toEqual([]);
  });

  it('reports each miss: hold time, time counted outside, wrong verdict', () => {
    const result = evaluateClip(
      'x',
      label({ holds: [[5, 8]], form: 'bad', faults: ['hips-too-high'], confidence: 'moderate' }),
      holdTrace(10, 0, 6.5),
      1,
    );
    expect(result.misses).toEqual([
      expect.stringMatching(/^hold 1\.5 s vs 3\.0 s/),
      expect.stringMatching(/^4\.5 s of hold counted outside/),
      expect.stringMatching(/^form good .* vs bad labelled/),
    ]);
  });

  it('compares reps per labelled side and flags reps far from any labelled movement', () => {
    const trace = holdTrace(20, 0, 0);
    trace.finalReps = 3;
    trace.finalRepsBySide = { left: 2, right: 1 };
    trace.repEvents = [
      { type: 'rep-completed', atMs: 3000, rep: 1, side: 'left', score: 90, durationMs: 1500 },
      { type: 'rep-completed', atMs: 6000, rep: 2, side: 'right', score: 90, durationMs: 1500 },
      { type: 'rep-completed', atMs: 19_000, rep: 3, side: 'left', score: 90, durationMs: 1000 },
    ];
    const result = evaluateClip(
      'x',
      label({
        exercise: 'neck-turns',
        reps: 2,
        leftPeaks: [2],
        rightPeaks: [5],
        confidence: 'high',
      }),
      trace,
      1,
    );
    expect(result.reps?.exact).toBe(false);
    expect(result.outside?.reps).toBe(1);
    expect(result.misses).toEqual([
      'reps 3 vs 2 labelled (L/R 2/1 vs 1/1)',
      '1 rep(s) counted outside the labelled exercise',
    ]);
  });

  it('sets no targets on low-confidence labels but still measures them', () => {
    const result = evaluateClip(
      'x',
      label({ holds: [[5, 8]], confidence: 'low' }),
      holdTrace(10, 0, 2),
      1,
    );
    expect(result.targeted).toBe(false);
    expect(result.outside?.holdSeconds).toBeCloseTo(2);
    expect(result.misses).toEqual([]);
  });

  it('does not call a clip a miss for hold time within 0.5 s of a labelled edge, but reports it', () => {
    // The person folds down 0.4 s before the labelled start and comes up 0.4 s after its end.
    const result = evaluateClip(
      'x',
      label({ holds: [[2, 8]], confidence: 'high' }),
      holdTrace(10, 1.6, 8.4),
      1,
    );
    expect(result.outside?.holdSeconds).toBeCloseTo(0);
    expect(result.outside?.nearEdgeHoldSeconds).toBeCloseTo(0.8);
    expect(result.misses).toEqual([]);
    // 0.8 s past the end: the 0.3 s beyond the tolerance is a miss, the 0.5 s within it is not.
    const late = evaluateClip(
      'x',
      label({ holds: [[2, 8]], confidence: 'high' }),
      holdTrace(10, 2, 8.8),
      1,
    );
    expect(late.outside?.holdSeconds).toBeCloseTo(0.3);
    expect(late.outside?.nearEdgeHoldSeconds).toBeCloseTo(0.5);
    expect(late.misses).toEqual([expect.stringMatching(/^0\.3 s of hold counted outside/)]);
  });

  it('stays strict on reps outside the exercise: a single rep beyond the edges is a miss', () => {
    // A whole rep from 0.6 s after the labelled hold: no slack as for hold time, one rep is a miss.
    const trace = holdTrace(10, 2, 6);
    trace.repEvents = [{ type: 'rep-completed', atMs: 7_400, rep: 1, score: 90, durationMs: 800 }];
    const result = evaluateClip('x', label({ holds: [[2, 6]], confidence: 'high' }), trace, 1);
    expect(result.outside?.reps).toBe(1);
    expect(result.misses).toEqual(['1 rep(s) counted outside the labelled exercise']);
  });

  it('keeps what the coach said, in seconds, and when the labelled exercise starts', () => {
    const trace = holdTrace(10, 2, 6);
    trace.spoken = [{ atMs: 2500, kind: 'guidance', id: 'move-back', text: 'Move back' }];
    const result = evaluateClip('x', label({ holds: [[2, 6]], confidence: 'high' }), trace, 1);
    expect(result.spoken).toEqual([{ atS: 2.5, kind: 'guidance', id: 'move-back' }]);
    expect(result.activityStartS).toBe(2);
  });
});
