import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../../src/workout/session-record';
import { formatDuration, workoutSummary } from '../../../src/workout/workout-summary';

const record: SessionRecord = {
  id: 's1',
  startedAt: '2026-12-02T09:00:00.000Z',
  endedAt: '2026-12-02T09:12:05.400Z',
  routine: null,
  finished: true,
  exercises: [
    {
      exerciseId: 'plank',
      name: 'Forearm plank',
      score: 81.6,
      holdSeconds: 28.9,
      targetHoldSeconds: 30,
      reps: 0,
      repsBySide: { left: 0, right: 0 },
      perSide: false,
      secondsInPosition: 31,
      faults: [
        { id: 'head-dropped', cue: 'Look at the floor just ahead', seconds: 2.1 },
        { id: 'hips-sagging', cue: 'Lift your hips into one line', seconds: 6.5 },
        { id: 'hold-still', cue: 'Hold still', seconds: 0.8 },
      ],
    },
    {
      exerciseId: 'bird-dog',
      name: 'Bird-dog',
      score: null,
      holdSeconds: 0,
      reps: 5,
      repsBySide: { left: 5, right: 4 },
      targetReps: 5,
      perSide: true,
      secondsInPosition: 20,
      faults: [],
    },
    {
      exerciseId: 'glute-bridge',
      name: 'Glute bridge',
      score: 90,
      holdSeconds: 0,
      reps: 10,
      repsBySide: { left: 0, right: 0 },
      targetReps: 10,
      perSide: false,
      secondsInPosition: 40,
      faults: [],
    },
  ],
};

describe('workout summary', () => {
  it('gives each exercise its work against the target, the mean form and what to remember', () => {
    const summary = workoutSummary(record);
    expect(summary.duration).toBe('12 min 5 s');
    const [plank, birdDog, bridge] = summary.exercises;
    expect(plank).toEqual({
      exerciseId: 'plank',
      name: 'Forearm plank',
      work: '28 s of 30 s',
      reached: false,
      score: '82',
      remember: [
        { id: 'hips-sagging', cue: 'Lift your hips into one line', seconds: 6.5 },
        { id: 'head-dropped', cue: 'Look at the floor just ahead', seconds: 2.1 },
      ],
    });
    expect(birdDog!.work).toBe('4 of 5 reps each side (left 5, right 4)');
    expect(birdDog!.reached).toBe(false);
    expect(birdDog!.score).toBe('–');
    expect(bridge!.work).toBe('10 of 10 reps');
    expect(bridge!.reached).toBe(true);
    expect(bridge!.remember).toEqual([]);
  });

  it('formats durations as a person reads them', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(59_400)).toBe('59 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(-5)).toBe('0 s');
  });
});
