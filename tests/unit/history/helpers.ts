import type { EngineState, PoseFrame } from '../../../src/form/types';
import type { JudgedFrame } from '../../../src/history/workout-recorder';

/** A standing pose whose points drift with time, so that stored tracks differ frame to frame. */
export function frameAt(timestampMs: number): PoseFrame {
  const landmarks = Array.from({ length: 33 }, (_, i) => ({
    x: 0.3 + i / 100 + timestampMs / 1e6,
    y: 0.1 + i / 40,
    z: 0,
    visibility: 0.9,
  }));
  return { timestampMs, width: 640, height: 480, poses: [{ landmarks, worldLandmarks: [] }] };
}

export function stateAt(timestampMs: number, over: Partial<EngineState> = {}): EngineState {
  return {
    timestampMs,
    score: 80,
    faults: [],
    phase: 'holding',
    guidance: null,
    holdSeconds: timestampMs / 1000,
    reps: 0,
    repsBySide: { left: 0, right: 0 },
    events: [],
    ...over,
  };
}

export function judged(
  timestampMs: number,
  over: Partial<EngineState> = {},
  where: Partial<JudgedFrame> = {},
): JudgedFrame {
  return {
    stepIndex: 0,
    exercise: { id: 'plank', name: 'Forearm plank', cues: { 'hips-sagging': 'Lift your hips' } },
    targets: { kind: 'hold', holdSeconds: 30 },
    set: 1,
    sets: 1,
    state: stateAt(timestampMs, over),
    frame: frameAt(timestampMs),
    ...where,
  };
}

let counter = 0;
/** A database name no other test uses (fake-indexeddb keeps databases for the whole file). */
export const freshName = () => `test-history-${++counter}-${Math.random().toString(36).slice(2)}`;

/** A manual clock and periodic timer: time moves only when the test says so. */
export function manualTime(start = Date.parse('2026-12-01T09:00:00.000Z')) {
  let now = start;
  const timers: { every: number; next: number; run: () => void }[] = [];
  return {
    now: () => new Date(now),
    every: (ms: number, run: () => void) => {
      const timer = { every: ms, next: now + ms, run };
      timers.push(timer);
      return () => void timers.splice(timers.indexOf(timer), 1);
    },
    /** Moves the clock on, firing due timers in order. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        due.next += due.every;
        due.run();
      }
      now = end;
    },
  };
}
