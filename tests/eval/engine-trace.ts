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
  /**
   * At the end of the frames: the set's hold, counting frames still waiting for their verdict, and
   * its reps, counting a rep on its way down from its top.
   */
  summary?(): { holdSeconds: number; reps?: number; repsBySide?: Record<Side, number> };
}

export interface TraceSample {
  timestampMs: number;
  holdSeconds: number;
  /** The media time the hold clock has counted up to (a moment behind timestampMs). */
  holdClockAtMs?: number;
  reps: number;
  score: number | null;
  faultIds: string[];
  phase: EngineState['phase'];
}

export type RepCompleted = Extract<EngineEvent, { type: 'rep-completed' }>;

/** What the coach said: a fault cue or guidance ("move back so your whole body is visible"). */
export interface Spoken {
  atMs: number;
  kind: 'cue' | 'guidance';
  /** The fault id or the guidance. */
  id: string;
  text: string;
}

function spokenOf(event: EngineEvent): Spoken | undefined {
  if (event.type === 'cue') {
    return { atMs: event.atMs, kind: 'cue', id: event.faultId, text: event.text };
  }
  if (event.type === 'guidance') {
    return { atMs: event.atMs, kind: 'guidance', id: event.guidance, text: event.text };
  }
  return undefined;
}

export interface EngineTrace {
  samples: TraceSample[];
  repEvents: RepCompleted[];
  /** Cues and guidance in the order spoken, each once. */
  spoken: Spoken[];
  finalReps: number;
  finalRepsBySide: Record<Side, number>;
  /** Mean engine time per frame, smoothing excluded. */
  engineMsPerFrame: number;
}

export function traceEngine(frames: readonly PoseFrame[], engine: FormEngineLike): EngineTrace {
  const smoother = new PoseSmoother();
  const samples: TraceSample[] = [];
  const repEvents: RepCompleted[] = [];
  const spoken: Spoken[] = [];
  const seen = new Set<string>();
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
      ...(state.holdClockAtMs !== undefined ? { holdClockAtMs: state.holdClockAtMs } : {}),
      reps: state.reps,
      score: state.score,
      faultIds: state.faults.map((f) => f.id),
      phase: state.phase,
    });
    for (const event of state.events) {
      // Keyed, so that an engine that repeats past events in its state is not counted twice.
      const key = JSON.stringify(event);
      if (seen.has(key)) continue;
      seen.add(key);
      if (event.type === 'rep-completed') repEvents.push(event);
      const said = spokenOf(event);
      if (said) spoken.push(said);
    }
    last = state;
  }
  // The frames at the very end are still waiting for their verdict: the set ends with them.
  const closing = engine.summary?.();
  const lastSample = samples.at(-1);
  if (closing && lastSample && closing.holdSeconds > lastSample.holdSeconds) {
    samples.push({
      ...lastSample,
      holdSeconds: closing.holdSeconds,
      holdClockAtMs: lastSample.timestampMs,
    });
  }
  return {
    samples,
    repEvents,
    spoken,
    // The set's record: with a rep on its way down when the frames ended (cut off, still counted).
    finalReps: closing?.reps ?? last?.reps ?? 0,
    finalRepsBySide: closing?.repsBySide ?? {
      left: last?.repsBySide.left ?? 0,
      right: last?.repsBySide.right ?? 0,
    },
    engineMsPerFrame: frames.length ? engineMs / frames.length : 0,
  };
}
