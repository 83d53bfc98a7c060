import type { SessionRecord } from '../../../../src/workout/session-record';

/** A finished one-exercise session, for store and file tests. */
export function session(id: string, startedAt: string, score = 80): SessionRecord {
  return {
    id,
    startedAt,
    endedAt: startedAt,
    routine: null,
    finished: true,
    exercises: [
      {
        exerciseId: 'plank',
        name: 'Forearm plank',
        score,
        holdSeconds: 25,
        targetHoldSeconds: 30,
        reps: 0,
        repsBySide: { left: 0, right: 0 },
        perSide: false,
        secondsInPosition: 27,
        faults: [{ id: 'hips-sagging', cue: 'Lift your hips', seconds: 4 }],
      },
    ],
  };
}

/** A first-version history file, as the app exported them before version 2. */
export function v1File(sessions: readonly SessionRecord[]): string {
  return JSON.stringify({
    kind: 'spine-coach-history',
    version: 1,
    exportedAt: '2026-11-25T12:00:00.000Z',
    sessions,
  });
}
