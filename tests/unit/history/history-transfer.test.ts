import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HistoryDb } from '../../../src/history/history-db';
import {
  deleteAll,
  deleteWorkout,
  loadOverview,
  loadTracks,
  loadWorkout,
} from '../../../src/history/history-queries';
import {
  historyJson,
  importBundle,
  parseHistoryImport,
  readBundle,
  setsCsv,
} from '../../../src/history/history-transfer';
import { trackScores, unpackTrack } from '../../../src/history/track-codec';
import { createWorkoutRecorder } from '../../../src/history/workout-recorder';
import { session, v1File } from '../workout/helpers/sessions';
import { freshName, judged, manualTime } from './helpers';

async function recordedDb(workouts: string[]) {
  const db = new HistoryDb(freshName());
  for (const id of workouts) {
    const time = manualTime();
    const recorder = createWorkoutRecorder({
      db: () => Promise.resolve(db),
      workoutId: id,
      routine: null,
      now: time.now,
      every: time.every,
    });
    for (let t = 0; t <= 2000; t += 50) {
      const rep = t === 1500;
      recorder.onFrame(
        judged(t, {
          reps: rep ? 1 : 0,
          events: rep
            ? [{ type: 'rep-completed', atMs: t, rep: 1, score: 70, durationMs: 1000 }]
            : [],
        }),
      );
    }
    await recorder.close('finished');
  }
  return db;
}

async function exported(db: HistoryDb) {
  return historyJson(await readBundle(db), new Date('2026-12-02T10:00:00.000Z'));
}

describe('export and import', () => {
  it('an export imports into an empty profile as the same history, landmark tracks and all', async () => {
    const source = await recordedDb(['w1', 'w2']);
    const text = await exported(source);
    const parsed = parseHistoryImport(text);
    expect(parsed.ok).toBe(true);
    const target = new HistoryDb(freshName());
    expect(await importBundle(target, parsed.ok ? parsed.bundle : undefined!)).toEqual({
      added: 2,
      alreadyThere: 0,
    });
    expect(await exported(target)).toBe(text);
    const [a, b] = [await source.tracks.toArray(), await target.tracks.toArray()];
    expect(unpackTrack(b)).toEqual(unpackTrack(a));
    const bySet = await loadTracks(target, 'w1');
    expect(Object.keys(bySet)).toEqual(['w1/0']);
    const scores = trackScores(bySet['w1/0']!);
    expect(scores.map((s) => s.t)).toEqual(unpackTrack(bySet['w1/0']!).map((f) => f.t));
    expect(scores.every((s) => s.score === 80)).toBe(true);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const text = await exported(await recordedDb(['w1']));
    const target = await recordedDb(['w0']);
    const bundle = parseHistoryImport(text);
    if (!bundle.ok) throw new Error(bundle.message);
    expect(await importBundle(target, bundle.bundle)).toEqual({ added: 1, alreadyThere: 0 });
    const counts = async () =>
      Promise.all([
        target.workouts.count(),
        target.sets.count(),
        target.reps.count(),
        target.tracks.count(),
      ]);
    const once = await counts();
    expect(await importBundle(target, bundle.bundle)).toEqual({ added: 0, alreadyThere: 1 });
    expect(await counts()).toEqual(once);
    expect(once[0]).toBe(2);
  });

  it.each([
    ['{"kind":', 'not valid JSON'],
    ['{"kind":"something-else","version":2}', 'not a Spine Coach history file'],
    ['{"kind":"spine-coach-history","version":7}', 'version the app cannot read'],
  ])('refuses %s saying what is wrong', (text, why) => {
    const parsed = parseHistoryImport(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(why);
    expect(!parsed.ok && parsed.message).toContain('Nothing was changed');
  });

  it('refuses a file with a damaged row or track, and the stored history stays as it was', async () => {
    const db = await recordedDb(['w1']);
    const before = await exported(db);
    const file = JSON.parse(before) as {
      sets: { score: unknown }[];
      tracks: { points: string }[];
      workouts: { id: string }[];
    };
    const badScore = structuredClone(file);
    badScore.sets[0]!.score = 140;
    const badTrack = structuredClone(file);
    badTrack.tracks[0]!.points = 'AAAA';
    const orphan = structuredClone(file);
    orphan.workouts[0]!.id = 'other';
    for (const [bad, why] of [
      [badScore, 'sets.0.score'],
      [badTrack, 'do not match'],
      [orphan, 'belongs to no workout'],
    ] as const) {
      const parsed = parseHistoryImport(JSON.stringify(bad));
      expect(!parsed.ok && parsed.message).toContain(why);
    }
    expect(await exported(db)).toBe(before);
  });

  it('imports a first-version file (sessions) as workouts', async () => {
    const text = v1File([session('old', '2026-11-01T09:00:00.000Z')]);
    const parsed = parseHistoryImport(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const db = new HistoryDb(freshName());
    await importBundle(db, parsed.bundle);
    expect((await loadWorkout(db, 'old'))!.sets[0]!.holdSeconds).toBe(25);
  });

  it('writes the sets as CSV, one line per set, quoting commas', async () => {
    const db = await recordedDb(['w1']);
    await db.sets.update('w1/0', { name: 'Plank, forearm' });
    const lines = setsCsv(await readBundle(db))
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^workout_id,workout_started,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"Plank, forearm"');
    expect(lines[1]).toContain(',finished,');
  });
});

describe('deleting', () => {
  it('deletes one workout with its sets, reps and tracks, and leaves the others', async () => {
    const db = await recordedDb(['w1', 'w2']);
    await deleteWorkout(db, 'w1');
    const overview = await loadOverview(db);
    expect(overview.workouts.map((w) => w.id)).toEqual(['w2']);
    expect(await db.reps.where('workoutId').equals('w1').count()).toBe(0);
    expect(await db.tracks.where('workoutId').equals('w1').count()).toBe(0);
    expect(await db.tracks.where('workoutId').equals('w2').count()).toBeGreaterThan(0);
  });

  it('deletes everything', async () => {
    const db = await recordedDb(['w1', 'w2']);
    await deleteAll(db);
    expect(
      await Promise.all(db.tables.filter((t) => t.name !== 'meta').map((t) => t.count())),
    ).toEqual([0, 0, 0, 0]);
  });
});
