import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { HistoryDb } from '../../../src/history/history-db';
import { historyConnection } from '../../../src/history/history-connection';
import { NO_SCORE } from '../../../src/history/history-records';
import { unpackTrack } from '../../../src/history/track-codec';
import { createWorkoutRecorder } from '../../../src/history/workout-recorder';
import { freshName, judged, manualTime } from './helpers';

function recorderOn(name: string, time = manualTime(), workoutId = 'w1') {
  const db = new HistoryDb(name);
  const recorder = createWorkoutRecorder({
    db: () => Promise.resolve(db),
    workoutId,
    routine: { id: 'morning', name: 'Morning' },
    now: time.now,
    every: time.every,
  });
  return { db, recorder, time };
}

describe('history database schema', () => {
  it('has the tables and the indexes the pages query by', async () => {
    const db = new HistoryDb(freshName());
    await db.open();
    const indexes = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [t.schema.primKey.name, ...t.schema.indexes.map((i) => i.name)],
      ]),
    );
    expect(indexes).toEqual({
      workouts: ['id', 'startedAt'],
      sets: ['id', 'workoutId', '[exerciseId+startedAt]'],
      reps: ['id', 'workoutId', 'setId'],
      tracks: ['[setId+seq]', 'workoutId'],
      meta: ['key'],
    });
    expect(db.verno).toBe(1);
    db.close();
  });
});

describe('workout recorder', () => {
  it('loses at most the last few seconds when the tab dies mid-set', async () => {
    const name = freshName();
    const { recorder, time } = recorderOn(name);
    // 37.3 s of a hold at 30 frames a second, the clock moving with the frames.
    let t = 0;
    for (; t <= 37_300; t += 1000 / 30) {
      recorder.onFrame(judged(t));
      time.advance(1000 / 30);
      await recorder.settled();
    }
    // The tab dies here: no close, no last save. A new page opens the database.
    const reader = new HistoryDb(name);
    const workout = await reader.workouts.get('w1');
    expect(workout?.ending).toBe('in-progress');
    const [set] = await reader.sets.where('workoutId').equals('w1').toArray();
    expect(set!.holdSeconds).toBeGreaterThan(37.3 - 5);
    expect(set!.holdSeconds).toBeLessThanOrEqual(37.3);
    const frames = unpackTrack(await reader.tracks.where('workoutId').equals('w1').toArray());
    expect(frames.at(-1)!.t).toBeGreaterThan(37_300 - 5000);
    // About 15 frames a second were kept, with their scores and drifting points.
    expect(frames.length / (frames.at(-1)!.t / 1000)).toBeGreaterThan(13);
    expect(frames.length / (frames.at(-1)!.t / 1000)).toBeLessThan(16);
    expect(frames[0]!.score).toBe(80);
    expect(frames.at(-1)!.frame.poses[0]!.landmarks[0]!.x).toBeGreaterThan(
      frames[0]!.frame.poses[0]!.landmarks[0]!.x,
    );
    reader.close();
  });

  it('saves after each rep, appends track chunks and never rewrites an earlier one', async () => {
    const name = freshName();
    const { db, recorder } = recorderOn(name);
    const reps = { kind: 'reps' as const, reps: 10, perSide: false };
    recorder.onFrame(judged(0, { reps: 0 }, { targets: reps }));
    recorder.onFrame(judged(1000, { reps: 0 }, { targets: reps }));
    recorder.onFrame(
      judged(
        2000,
        {
          reps: 1,
          events: [
            {
              type: 'rep-completed',
              atMs: 2000,
              rep: 1,
              score: 75,
              durationMs: 1800,
              worstFault: 'hips-low',
            },
          ],
        },
        { targets: reps },
      ),
    );
    await recorder.settled();
    const stored = await db.reps.where('workoutId').equals('w1').toArray();
    expect(stored).toEqual([
      expect.objectContaining({
        n: 1,
        score: 75,
        startMs: 200,
        durationMs: 1800,
        worstFault: 'hips-low',
      }),
    ]);
    const first = await db.tracks.toArray();
    expect(first.map((c) => c.seq)).toEqual([0]);

    recorder.onFrame(judged(3000, { reps: 1, score: null }, { targets: reps }));
    await recorder.save();
    const chunks = await db.tracks.orderBy('[setId+seq]').toArray();
    expect(chunks.map((c) => c.seq)).toEqual([0, 1]);
    expect(chunks[0]).toEqual(first[0]);
    expect([...chunks[1]!.scores]).toEqual([NO_SCORE]);
  });

  it('splits sets by exercise and set number, with each fault’s spans', async () => {
    const { db, recorder } = recorderOn(freshName());
    const sag = {
      id: 'hips-sagging',
      bodyPart: 'hips' as const,
      severity: 0.5,
      cue: 'Lift your hips',
    };
    for (let t = 0; t <= 4000; t += 100) {
      recorder.onFrame(judged(t, { faults: t >= 1000 && t < 2000 ? [sag] : [] }));
    }
    for (let t = 4100; t <= 6000; t += 100) recorder.onFrame(judged(t, {}, { set: 2, sets: 2 }));
    await recorder.close('finished');
    const sets = await db.sets.where('workoutId').equals('w1').sortBy('seq');
    expect(sets.map((s) => [s.setNumber, s.exerciseId])).toEqual([
      [1, 'plank'],
      [2, 'plank'],
    ]);
    expect(sets[0]!.faults).toEqual([
      {
        id: 'hips-sagging',
        cue: 'Lift your hips',
        bodyPart: 'hips',
        seconds: 1,
        spans: [[1000, 2000]],
      },
    ]);
    expect(sets[0]!.holdSeconds).toBeCloseTo(4, 5);
    expect(sets[1]!.holdSeconds).toBeCloseTo(1.9, 5);
    expect((await db.workouts.get('w1'))!.ending).toBe('finished');
  });

  it('stores nothing for a workout where nobody was seen', async () => {
    const { db, recorder } = recorderOn(freshName());
    const empty = judged(0);
    recorder.onFrame({ ...empty, frame: { ...empty.frame, poses: [] } });
    await recorder.close('finished');
    expect(await db.workouts.count()).toBe(0);
  });

  it('on a full disk says so, keeps going, and stores everything once there is room', async () => {
    const { db, recorder } = recorderOn(freshName());
    recorder.onFrame(judged(0));
    await recorder.save();
    const full = vi
      .spyOn(db.tracks, 'bulkPut')
      .mockImplementation((() =>
        Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        )) as never);
    for (let t = 100; t <= 3000; t += 100) recorder.onFrame(judged(t));
    const failed = await recorder.save();
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.problem.kind).toBe('quota');
    expect(!failed.ok && failed.problem.message).toContain('full');
    expect(!failed.ok && failed.unsaved).toMatch(/\d+ s of movement/);
    // The failed save wrote nothing at all (one transaction): the set still reads as at 0 s.
    expect((await db.sets.get('w1/0'))!.holdSeconds).toBe(0);
    // The workout goes on; when the disk has room again nothing is missing.
    for (let t = 3100; t <= 4000; t += 100) recorder.onFrame(judged(t));
    full.mockRestore();
    expect((await recorder.save()).ok).toBe(true);
    expect((await db.sets.get('w1/0'))!.holdSeconds).toBe(4);
    const frames = unpackTrack(await db.tracks.toArray());
    expect(frames.at(-1)!.t).toBeGreaterThan(3900);
    expect(recorder.snapshot().sets[0]!.holdSeconds).toBe(4);
  });

  it('reports an unavailable database and keeps the workout in memory for export', async () => {
    const time = manualTime();
    const recorder = createWorkoutRecorder({
      db: () =>
        Promise.reject(Object.assign(new Error('no IndexedDB'), { name: 'MissingAPIError' })),
      workoutId: 'w1',
      routine: null,
      now: time.now,
      every: time.every,
    });
    for (let t = 0; t <= 2000; t += 100) recorder.onFrame(judged(t));
    const status = await recorder.save();
    expect(!status.ok && status.problem.kind).toBe('unavailable');
    expect(recorder.snapshot().sets[0]!.holdSeconds).toBe(2);
    expect(recorder.snapshot().tracks.length).toBeGreaterThan(0);
  });

  it('a database blocked by another tab fails fast with a message, and opens once freed', async () => {
    const name = freshName();
    // Another tab holds an older version open and does not let go.
    const other = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
    });
    const connect = historyConnection(undefined, name);
    const time = manualTime();
    const recorder = createWorkoutRecorder({
      db: connect,
      workoutId: 'w1',
      routine: null,
      now: time.now,
      every: time.every,
    });
    recorder.onFrame(judged(0));
    const status = await recorder.save();
    expect(!status.ok && status.problem.kind).toBe('blocked');
    expect(!status.ok && status.problem.message).toContain('another tab');
    other.close();
    recorder.onFrame(judged(100));
    expect((await recorder.save()).ok).toBe(true);
    expect((await (await connect()).sets.get('w1/0'))!.holdSeconds).toBeCloseTo(0.1, 5);
  });

  it('two tabs recording at once keep both workouts whole', async () => {
    const name = freshName();
    const time = manualTime();
    const a = recorderOn(name, time, 'tab-a');
    const b = recorderOn(name, time, 'tab-b');
    const saves: Promise<unknown>[] = [];
    for (let t = 0; t <= 5000; t += 100) {
      a.recorder.onFrame(judged(t));
      b.recorder.onFrame(judged(t, { score: 60 }));
      if (t % 500 === 0) saves.push(a.recorder.save(), b.recorder.save());
    }
    await Promise.all(saves);
    await Promise.all([a.recorder.close('finished'), b.recorder.close('interrupted')]);
    const reader = new HistoryDb(name);
    expect((await reader.workouts.toArray()).map((w) => [w.id, w.ending])).toEqual([
      ['tab-a', 'finished'],
      ['tab-b', 'interrupted'],
    ]);
    const scores = (await reader.sets.toArray()).map((s) => [s.workoutId, s.score, s.holdSeconds]);
    expect(scores).toEqual([
      ['tab-a', 80, 5],
      ['tab-b', 60, 5],
    ]);
    for (const id of ['tab-a', 'tab-b']) {
      const frames = unpackTrack(await reader.tracks.where('workoutId').equals(id).toArray());
      expect(frames.map((f) => f.t)).toEqual(frames.map((f) => f.t).sort((x, y) => x - y));
      expect(frames.at(-1)!.t).toBe(5000);
    }
    reader.close();
  });
});
