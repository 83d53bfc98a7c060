import { describe, expect, it } from 'vitest';
import type { EngineEvent, EngineState } from '../../../src/form/types';
import type { PoseFrame } from '../../../src/pose/landmarks';
import { traceEngine, type FormEngineLike } from '../../eval/engine-trace';

const frames: PoseFrame[] = [0, 100, 200].map((timestampMs) => ({
  timestampMs,
  width: 640,
  height: 480,
  poses: [],
}));

/** Counts a rep at 100 ms and keeps reporting it, as an engine with cumulative events might. */
function fakeEngine(): FormEngineLike & { seen: number[] } {
  const seen: number[] = [];
  const rep: EngineEvent = {
    type: 'rep-completed',
    atMs: 100,
    rep: 1,
    side: 'left',
    score: 80,
    durationMs: 900,
  };
  return {
    seen,
    update(frame): EngineState {
      seen.push(frame.timestampMs);
      const counted = frame.timestampMs >= 100;
      return {
        timestampMs: frame.timestampMs,
        score: counted ? 80 : null,
        faults: counted
          ? [{ id: 'hips-sagging', bodyPart: 'hips', severity: 0.5, cue: 'Lift' }]
          : [],
        phase: counted ? 'moving' : 'not-ready',
        guidance: null,
        holdSeconds: 0,
        reps: counted ? 1 : 0,
        repsBySide: { left: counted ? 1 : 0, right: 0 },
        events: counted
          ? [
              rep,
              ...(frame.timestampMs === 200
                ? [{ type: 'cue', atMs: 200, faultId: 'hips-sagging', text: 'Lift' } as const]
                : []),
            ]
          : [{ type: 'guidance', atMs: 0, guidance: 'move-back', text: 'Move back' }],
      };
    },
  };
}

describe('engine trace', () => {
  it('feeds every frame in order and keeps each rep once, with the final counts', () => {
    const engine = fakeEngine();
    const trace = traceEngine(frames, engine);
    expect(engine.seen).toEqual([0, 100, 200]);
    expect(trace.samples.map((s) => s.faultIds)).toEqual([[], ['hips-sagging'], ['hips-sagging']]);
    expect(trace.repEvents).toHaveLength(1);
    expect(trace.finalReps).toBe(1);
    expect(trace.finalRepsBySide).toEqual({ left: 1, right: 0 });
    expect(trace.engineMsPerFrame).toBeGreaterThanOrEqual(0);
  });

  it('keeps what the coach said, guidance and cues, each once and in order', () => {
    const trace = traceEngine(frames, fakeEngine());
    expect(trace.spoken).toEqual([
      { atMs: 0, kind: 'guidance', id: 'move-back', text: 'Move back' },
      { atMs: 200, kind: 'cue', id: 'hips-sagging', text: 'Lift' },
    ]);
  });
});
