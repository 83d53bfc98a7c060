import { describe, expect, it } from 'vitest';
import type { SetRow, WorkoutRow } from '../../../src/history/history-records';
import { exerciseProgress, weekStart, workoutsPerWeek } from '../../../src/history/progress';
import { faultsAt, frameAt } from '../../../src/history/replay-clock';
import { scoreSeries } from '../../../src/history/score-series';
import type { ReplayFrame } from '../../../src/history/track-codec';
import { endingText, exerciseLine, setWork } from '../../../src/history/workout-text';

function workout(id: string, startedAt: string): WorkoutRow {
  return { id, startedAt, endedAt: startedAt, routine: null, ending: 'finished' };
}

function set(workoutId: string, faults: string[], over: Partial<SetRow> = {}): SetRow {
  return {
    id: `${workoutId}/0`,
    workoutId,
    seq: 0,
    exerciseId: 'plank',
    name: 'Forearm plank',
    setNumber: 1,
    setsPrescribed: 3,
    target: { kind: 'hold', holdSeconds: 90 },
    startedAt: '2026-11-01T09:00:00.000Z',
    durationMs: 30_000,
    holdSeconds: 25,
    reps: 0,
    repsBySide: { left: 0, right: 0 },
    score: 80,
    secondsInPosition: 28,
    faults: faults.map((id) => ({ id, cue: `cue ${id}`, seconds: 2, spans: [] })),
    ...over,
  };
}

describe('progress', () => {
  it('counts workouts per week, Monday to Sunday, empty weeks included', () => {
    expect(weekStart(new Date(2026, 11, 6, 20)).getDate()).toBe(30); // Sun 6 Dec → Mon 30 Nov
    const workouts = [
      workout('a', new Date(2026, 10, 30, 9).toISOString()),
      workout('b', new Date(2026, 11, 2, 9).toISOString()),
      workout('c', new Date(2026, 11, 6, 21).toISOString()),
      workout('d', new Date(2026, 10, 18, 9).toISOString()),
      workout('old', new Date(2025, 0, 1).toISOString()),
    ];
    const weeks = workoutsPerWeek(workouts, new Date(2026, 11, 6, 22), 3);
    expect(weeks).toEqual([
      { week: '2026-11-16', workouts: 1 },
      { week: '2026-11-23', workouts: 0 },
      { week: '2026-11-30', workouts: 3 },
    ]);
  });

  it('tells faults that persist from faults that fade, and adds up each workout’s sets', () => {
    const days = ['01', '03', '05', '07'];
    const workouts = days.map((d) => workout(`w${d}`, `2026-11-${d}T09:00:00.000Z`));
    const faults = [['sag', 'head'], ['sag', 'head'], ['sag'], ['sag']];
    const sets = new Map(
      workouts.map((w, i) => [
        w.id,
        [
          set(w.id, faults[i]!, { score: 60, secondsInPosition: 10 }),
          set(w.id, [], {
            id: `${w.id}/1`,
            seq: 1,
            score: 90,
            secondsInPosition: 30,
            holdSeconds: 30,
          }),
        ],
      ]),
    );
    const [plank] = exerciseProgress(workouts, sets);
    expect(plank!.points.map((p) => [p.score, p.holdSeconds])).toEqual([
      [83, 55],
      [83, 55],
      [83, 55],
      [83, 55],
    ]);
    expect(plank!.persisting).toEqual(['sag']);
    expect(plank!.fading).toEqual(['head']);
    expect(plank!.cues.sag).toBe('cue sag');
  });
});

describe('review helpers', () => {
  const frames: ReplayFrame[] = [0, 66, 133, 200, 266, 333].map((t, i) => ({
    t,
    score: i === 2 ? null : 70 + i,
    frame: { timestampMs: t, width: 1, height: 1, poses: [] },
  }));

  it('finds the frame shown at a time and the faults active then', () => {
    expect(frameAt(frames, 150)!.t).toBe(133);
    expect(frameAt(frames, -5)!.t).toBe(0);
    expect(frameAt(frames, 9999)!.t).toBe(333);
    expect(frameAt([], 10)).toBeUndefined();
    const faults = set('w', ['sag']).faults.map((f) => ({
      ...f,
      spans: [[100, 200]] as [number, number][],
    }));
    expect(faultsAt(faults, 150).map((f) => f.id)).toEqual(['sag']);
    expect(faultsAt(faults, 250)).toEqual([]);
  });

  it('samples the score a few times a second, keeping gaps', () => {
    expect(scoreSeries(frames, 5)).toEqual({ seconds: [0, 0.2], scores: [70, 73] });
    expect(scoreSeries(frames, 10).scores).toEqual([70, null, 74]);
  });

  it('says a set’s work against the dose of one set, and how a workout ended', () => {
    expect(setWork(set('w', []))).toBe('held 25 s of 30 s');
    expect(
      setWork(
        set('w', [], {
          target: { kind: 'reps', reps: 30, perSide: true },
          reps: 9,
          repsBySide: { left: 5, right: 4 },
        }),
      ),
    ).toBe('9 of 10 reps (left 5, right 4)');
    const second = set('w', [], { id: 'w/1', seq: 1, score: 70 });
    const bridge = set('w', [], { id: 'w/2', seq: 2, name: 'Bridge', score: null });
    expect(exerciseLine([set('w', []), second, bridge])).toBe(
      'Forearm plank: 2 sets, form 75 · Bridge: held 25 s of 30 s',
    );
    expect(endingText('in-progress')).toBe('interrupted');
    expect(endingText('stopped-for-pain')).toBe('stopped for pain');
  });
});
