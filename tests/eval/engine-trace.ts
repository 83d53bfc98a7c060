/**
 * Runs the app's chain on recorded frames: pose smoother, then the form engine, one frame at a
 * time as the live app does, and keeps what the comparison needs. Pure apart from the engine it is
 * given.
 */
import type { EngineEvent, EngineState, Side } from '../../src/form/types';
import type { PoseFrame } from '../../src/pose/landmarks';
import { PoseSmoother } from '../../src/pose/pose-smoother';

export interface FormEngineLike {
  update(frame: PoseFrame): EngineState;
}

export interface TraceSample {
  timestampMs: number;
  holdSeconds: number;
  reps: number;
  score: number | null;
  faultIds: string[];
  phase: EngineState['phase'];
}

export type RepCompleted = Extract<EngineEvent, { type: 'rep-completed' }>;

export interface EngineTrace {
  samples: TraceSample[];
  repEvents: RepCompleted[];
  finalReps: number;
  finalRepsBySide: Record<Side, number>;
  /** Mean engine time per frame, smoothing excluded. */
  engineMsPerFrame: number;
}

export function traceEngine(frames: readonly PoseFrame[], engine: FormEngineLike): EngineTrace {
  const smoother = new PoseSmoother();
  const samples: TraceSample[] = [];
  const repEvents: RepCompleted[] = [];
  const seenReps = new Set<string>();
  let last: EngineState | undefined;
  let engineMs = 0;
  for (const frame of frames) {
    const smoothed = smoother.smooth(frame);
    const start = performance.now();
    const state = engine.update(smoothed);
    engineMs += performance.now() - start;
    samples.push({
      timestampMs: frame.timestampMs,
      holdSeconds: state.holdSeconds,
      reps: state.reps,
      score: state.score,
      faultIds: state.faults.map((f) => f.id),
      phase: state.phase,
    });
    for (const event of state.events) {
      // Keyed, so that an engine that repeats past events in its state is not counted twice.
      const key = event.type === 'rep-completed' ? `${event.rep}:${event.side}:${event.atMs}` : '';
      if (event.type !== 'rep-completed' || seenReps.has(key)) continue;
      seenReps.add(key);
      repEvents.push(event);
    }
    last = state;
  }
  return {
    samples,
    repEvents,
    finalReps: last?.reps ?? 0,
    finalRepsBySide: { left: last?.repsBySide.left ?? 0, right: last?.repsBySide.right ?? 0 },
    engineMsPerFrame: frames.length ? engineMs / frames.length : 0,
  };
}
