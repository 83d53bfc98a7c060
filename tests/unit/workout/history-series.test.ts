import { describe, expect, it } from 'vitest';
import { exerciseSeries } from '../../../src/workout/history-series';
import type { ExerciseRecord, SessionRecord } from '../../../src/workout/session-record';
import { faultLines, workDone } from '../../../src/workout/session-text';
import { session } from './helpers/sessions';

const bridge = (reps: number, score: number | null): ExerciseRecord => ({
  exerciseId: 'glute-bridge',
  name: 'Glute bridge',
  score,
  holdSeconds: 0,
  reps,
  repsBySide: { left: 0, right: 0 },
  targetReps: 10,
  perSide: false,
  secondsInPosition: 30,
  faults: [],
});

describe('history series', () => {
  it('charts each exercise oldest first, most recently done exercise first', () => {
    const older: SessionRecord = { ...session('a', '2026-11-20T09:00:00.000Z', 60) };
    const newer: SessionRecord = {
      ...session('b', '2026-11-22T09:00:00.000Z', 90),
      exercises: [bridge(8, 75)],
    };
    const middle = { ...session('c', '2026-11-21T09:00:00.000Z', 70) };
    middle.exercises = [...middle.exercises, bridge(6, null)];
    const series = exerciseSeries([newer, older, middle]);
    expect(series.map((s) => s.exerciseId)).toEqual(['glute-bridge', 'plank']);
    expect(series[0]).toMatchObject({ reps: [6, 8], scores: [null, 75], countsReps: true });
    expect(series[1]).toMatchObject({ scores: [60, 70], holdSeconds: [25, 25], countsReps: false });
    expect(series[0]!.latest).toEqual({ score: 75, work: '8 of 10 reps' });
    expect(series[1]!.latest).toEqual({ score: 70, work: 'held 25 s of 30 s' });
    expect(series[1]!.dates).toEqual(['2026-11-20T09:00:00.000Z', '2026-11-21T09:00:00.000Z']);
  });

  it('describes the work done and the faults in words', () => {
    const plank = session('a', '2026-11-20T09:00:00.000Z').exercises[0]!;
    expect(workDone(plank)).toBe('held 25 s of 30 s');
    expect(faultLines(plank)).toEqual(['Lift your hips (4.0 s)']);
    expect(workDone(bridge(8, 70))).toBe('8 of 10 reps');
    expect(
      workDone({
        ...bridge(6, 70),
        perSide: true,
        repsBySide: { left: 3, right: 3 },
        holdSeconds: 9,
      }),
    ).toBe('6 of 10 reps (left 3, right 3), held 9 s');
  });
});
