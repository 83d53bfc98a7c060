import type { ActiveFault, EngineState } from '../form/types';
import type { SetFault } from './history-records';

/** Frames further apart than this (a stall, a hidden tab) count as this long, not as time held. */
const MAX_FRAME_GAP_MS = 250;

/**
 * Tallies one set from the engine's per-frame states: work done since the set began (the engine
 * counts the whole exercise), the time-weighted score while judged, and each fault's spans.
 */
export function createSetTally(first: EngineState, cues: Readonly<Record<string, string>>) {
  const t0 = first.timestampMs;
  const base = {
    holdSeconds: first.holdSeconds,
    reps: first.reps,
    left: first.repsBySide.left,
    right: first.repsBySide.right,
  };
  let last = first;
  let judgedMs = 0;
  let scoreSum = 0;
  const faults = new Map<string, { bodyPart: string; ms: number; spans: [number, number][] }>();
  const open = new Set<string>();

  function update(state: EngineState) {
    const dt = Math.min(MAX_FRAME_GAP_MS, Math.max(0, state.timestampMs - last.timestampMs));
    const t = state.timestampMs - t0;
    if (last.score !== null) {
      judgedMs += dt;
      scoreSum += last.score * dt;
      for (const id of open) faults.get(id)!.ms += dt;
    }
    const now = new Set(state.score === null ? [] : state.faults.map((f: ActiveFault) => f.id));
    for (const id of open) {
      if (now.has(id)) continue;
      open.delete(id);
      const spans = faults.get(id)!.spans;
      spans[spans.length - 1]![1] = t;
    }
    for (const fault of state.score === null ? [] : state.faults) {
      if (open.has(fault.id)) {
        const spans = faults.get(fault.id)!.spans;
        spans[spans.length - 1]![1] = t;
        continue;
      }
      open.add(fault.id);
      const entry = faults.get(fault.id) ?? { bodyPart: fault.bodyPart, ms: 0, spans: [] };
      entry.spans.push([t, t]);
      faults.set(fault.id, entry);
    }
    last = state;
  }

  return {
    t0,
    update,
    /** ms from the set's start of a time on the engine's clock. */
    relative: (timestampMs: number) => timestampMs - t0,
    summary() {
      const faultList: SetFault[] = [...faults.entries()]
        .map(([id, f]) => ({
          id,
          cue: cues[id] ?? id,
          bodyPart: f.bodyPart,
          seconds: Math.round(f.ms / 100) / 10,
          spans: f.spans.map(([a, b]): [number, number] => [a, b]),
        }))
        .sort((a, b) => b.seconds - a.seconds);
      return {
        durationMs: last.timestampMs - t0,
        holdSeconds: Math.round((last.holdSeconds - base.holdSeconds) * 10) / 10,
        reps: last.reps - base.reps,
        repsBySide: {
          left: last.repsBySide.left - base.left,
          right: last.repsBySide.right - base.right,
        },
        score: judgedMs > 0 ? Math.round(scoreSum / judgedMs) : null,
        secondsInPosition: Math.round(judgedMs / 100) / 10,
        faults: faultList,
      };
    },
  };
}

export type SetTally = ReturnType<typeof createSetTally>;
