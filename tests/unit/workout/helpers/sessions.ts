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
