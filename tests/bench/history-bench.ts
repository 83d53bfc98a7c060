/**
 * History storage benchmark (not part of `npm test`):
 *
 *   npx tsx tests/bench/history-bench.ts [--workouts 200] [--minutes 20] [--no-tracks] [--no-build]
 *
 * 1. Bytes per minute of workout: the real recorder, in Node on fake-indexeddb, fed one minute of
 *    frames at 30 fps (a set of reps with faults), then the stored rows and typed arrays measured.
 * 2. Opening the History page with a year of workouts: a production build served by vite preview
 *    (BENCH_PORT), headless Chromium, the app's own database filled with `--workouts` workouts of
 *    `--minutes` minutes (24 sets, 120 reps, landmark tracks at 15 fps, faults), then the time
 *    from navigation to the list shown, and to one workout's page with its charts (five runs each,
 *    with the median); the browser's own storage estimate gives the bytes on disk per minute.
 *    `--no-build` serves the build the last run left in .cache/history-bench-dist.
 */
import 'fake-indexeddb/auto';
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import type { EngineState } from '../../src/form/types';
import { HistoryDb } from '../../src/history/history-db';
import { chunkBytes } from '../../src/history/track-codec';
import { createWorkoutRecorder } from '../../src/history/workout-recorder';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { REPO_ROOT } from '../e2e/media';
import { percentile } from './summarise';

const PORT = Number(process.env.BENCH_PORT ?? 4413);
const { values: args } = parseArgs({
  options: {
    workouts: { type: 'string', default: '200' },
    minutes: { type: 'string', default: '20' },
    'no-tracks': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});

async function bytesPerMinute() {
  const db = new HistoryDb('bench-bytes');
  let now = Date.parse('2026-12-01T09:00:00.000Z');
  const recorder = createWorkoutRecorder({
    db: () => Promise.resolve(db),
    workoutId: 'bench',
    routine: { id: 'morning', name: 'Morning' },
    now: () => new Date(now),
    every: () => () => undefined,
  });
  const fault = { id: 'hips-low', bodyPart: 'hips' as const, severity: 0.4, cue: 'Lift your hips' };
  let reps = 0;
  let lastSave = 0;
  for (let t = 0; t <= 60_000; t += 1000 / 30) {
    const repDone = Math.floor(t / 6000) > reps;
    if (repDone) reps += 1;
    const state: EngineState = {
      timestampMs: t,
      score: 70 + Math.round(10 * Math.sin(t / 900)),
      faults: t % 6000 > 4000 ? [fault] : [],
      phase: 'moving',
      guidance: null,
      holdSeconds: 0,
      reps,
      repsBySide: { left: 0, right: 0 },
      events: repDone
        ? [
            {
              type: 'rep-completed',
              atMs: t,
              rep: reps,
              score: 72,
              durationMs: 5500,
              worstFault: 'hips-low',
            },
          ]
        : [],
    };
    const landmarks = Array.from({ length: 33 }, (_, i) => ({
      x: 0.3 + i / 100 + Math.sin(t / 700 + i) / 50,
      y: 0.2 + i / 50,
      z: 0,
      visibility: 0.9,
    }));
    recorder.onFrame({
      stepIndex: 0,
      exercise: {
        id: 'glute-bridge',
        name: 'Glute bridge',
        cues: { 'hips-low': 'Lift your hips' },
      },
      targets: { kind: 'reps', reps: 10, perSide: false },
      set: 1,
      sets: 1,
      state,
      frame: {
        timestampMs: t,
        width: 640,
        height: 480,
        poses: [{ landmarks, worldLandmarks: [] }],
      },
    });
    now += 1000 / 30;
    if (t - lastSave >= 4000) {
      lastSave = t;
      await recorder.save();
    }
  }
  await recorder.close('finished');
  const tracks = await db.tracks.toArray();
  const trackBytes = tracks.reduce((n, c) => n + chunkBytes(c), 0);
  const rowBytes = [
    ...(await db.workouts.toArray()),
    ...(await db.sets.toArray()),
    ...(await db.reps.toArray()),
  ].reduce((n, row) => n + JSON.stringify(row).length, 0);
  return {
    trackBytes,
    rowBytes,
    chunks: tracks.length,
    frames: tracks.reduce((n, c) => n + c.times.length, 0),
  };
}

/** Runs in the page: fills the app's database through raw IndexedDB (self-contained). */
async function seed(input: {
  workouts: number;
  minutes: number;
  tracks: boolean;
}): Promise<number> {
  const open = () =>
    new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('spine-coach');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
  const db = await open();
  const exercises = [
    'plank',
    'side-plank',
    'bird-dog',
    'glute-bridge',
    'dead-bug',
    'cat-cow',
    'superman',
    'pelvic-tilt',
  ];
  const setsPerExercise = 3;
  const setMs = (input.minutes * 60_000) / (exercises.length * setsPerExercise);
  const framesPerSet = Math.floor((setMs / 1000) * 15);
  const day = 86_400_000;
  const start = Date.parse('2026-12-01T08:00:00.000Z') - input.workouts * 1.8 * day;
  for (let w = 0; w < input.workouts; w++) {
    const id = `bench-${w}`;
    const startedAt = start + w * 1.8 * day;
    const tx = db.transaction(['workouts', 'sets', 'reps', 'tracks'], 'readwrite');
    tx.objectStore('workouts').put({
      id,
      startedAt: new Date(startedAt).toISOString(),
      endedAt: new Date(startedAt + input.minutes * 60_000).toISOString(),
      routine: { id: 'morning-back', name: 'Morning back routine' },
      ending: w % 17 === 0 ? 'in-progress' : 'finished',
    });
    let seq = 0;
    exercises.forEach((exerciseId, e) => {
      const reps = e % 2 === 1;
      for (let s = 1; s <= setsPerExercise; s++) {
        const setId = `${id}/${seq}`;
        const faults = [
          {
            id: `${exerciseId}-fault-a`,
            cue: 'Keep your back flat',
            bodyPart: 'back',
            seconds: 4,
            spans: [
              [1000, 3000],
              [9000, 11000],
            ],
          },
          {
            id: `${exerciseId}-fault-b`,
            cue: 'Lift your hips',
            bodyPart: 'hips',
            seconds: 2,
            spans: [[20000, 22000]],
          },
        ];
        tx.objectStore('sets').put({
          id: setId,
          workoutId: id,
          seq: seq++,
          exerciseId,
          name: exerciseId,
          setNumber: s,
          setsPrescribed: setsPerExercise,
          target: reps
            ? { kind: 'reps', reps: 30, perSide: false }
            : { kind: 'hold', holdSeconds: 90 },
          startedAt: new Date(startedAt + seq * setMs).toISOString(),
          durationMs: setMs,
          holdSeconds: reps ? 0 : Math.round(setMs / 1000) - 10,
          reps: reps ? 10 : 0,
          repsBySide: { left: 0, right: 0 },
          score: 60 + ((w + seq) % 35),
          secondsInPosition: Math.round(setMs / 1000) - 5,
          faults,
        });
        if (reps) {
          for (let n = 1; n <= 10; n++) {
            tx.objectStore('reps').put({
              id: `${setId}/${n}`,
              setId,
              workoutId: id,
              n,
              startMs: n * 4000,
              durationMs: 3500,
              score: 70 + n,
              worstFault: faults[0]!.id,
            });
          }
        }
        if (!input.tracks) continue;
        for (let c = 0, f0 = 0; f0 < framesPerSet; c++, f0 += 60) {
          const n = Math.min(60, framesPerSet - f0);
          const times = new Uint32Array(n).map((_, i) => Math.round(((f0 + i) * 1000) / 15));
          const points = new Int16Array(n * 66).map((_, i) => 3000 + ((i * 37 + w) % 4000));
          const visibility = new Uint8Array(n * 33).fill(230);
          const scores = new Uint8Array(n).map((_, i) => 60 + (i % 40));
          tx.objectStore('tracks').put({
            setId,
            seq: c,
            workoutId: id,
            width: 640,
            height: 480,
            times,
            points,
            visibility,
            scores,
          });
        }
      }
    });
    await new Promise<void>((done, fail) => {
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
  }
  db.close();
  return (await navigator.storage.estimate()).usage ?? 0;
}

async function main() {
  const workouts = Number(args.workouts);
  const minutes = Number(args.minutes);
  const tracks = !args['no-tracks'];

  const bytes = await bytesPerMinute();
  console.log('\nBytes per minute of workout (recorder, one minute of reps at 30 fps):');
  console.log(
    `  landmark track ${bytes.trackBytes} B (${bytes.frames} frames in ${bytes.chunks} chunks), rows ${bytes.rowBytes} B, total ${bytes.trackBytes + bytes.rowBytes} B`,
  );

  const outDir = resolve(REPO_ROOT, '.cache/history-bench-dist');
  const configFile = resolve(REPO_ROOT, 'vite.config.ts');
  if (!args['no-build']) {
    process.stderr.write('building the app\n');
    await build({
      root: REPO_ROOT,
      configFile,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  }
  const server = await preview({
    root: REPO_ROOT,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ baseURL: `http://127.0.0.1:${PORT}` });
    // tsx keeps function names through a `__name` helper that the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto('/#history');
    await page.getByTestId('history-empty').waitFor();
    const before = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    process.stderr.write(`seeding ${workouts} workouts of ${minutes} min (tracks: ${tracks})\n`);
    const seedStart = Date.now();
    const after = await page.evaluate(seed, { workouts, minutes, tracks });
    process.stderr.write(`seeded in ${((Date.now() - seedStart) / 1000).toFixed(0)} s\n`);

    // Within the app (the app already loaded, as when the person taps History), five times.
    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto('/#coach');
      await page.getByTestId('history-page').waitFor({ state: 'detached' });
      const t0 = Date.now();
      await page.evaluate(() => (location.hash = '#history'));
      await page
        .locator('[data-testid=history-workout]')
        .nth(Math.min(workouts, 30) - 1)
        .waitFor({ state: 'attached' });
      await page.getByTestId('progress').waitFor();
      opens.push(Date.now() - t0);
    }
    // One workout's page, opened from within the app, five times (a different workout each time).
    const reviews: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto('/#coach');
      const t0 = Date.now();
      await page.evaluate(
        (id) => (location.hash = `#history/${id}`),
        `bench-${Math.floor(workouts / 2) + i}`,
      );
      await page.locator('[data-testid=workout-review][data-loaded=true]').waitFor();
      if (tracks) await page.getByTestId('line-chart').first().waitFor();
      reviews.push(Date.now() - t0);
    }

    console.log(
      `\nHistory page with ${workouts} workouts of ${minutes} min (tracks ${tracks ? 'stored' : 'left out'}):`,
    );
    console.log(
      `  open to list and progress shown: median ${percentile(opens, 50)} ms (${opens.map((ms) => `${ms} ms`).join(', ')})`,
    );
    console.log(
      `  one workout's page (24 sets, charts from the tracks): median ${percentile(reviews, 50)} ms (${reviews.map((ms) => `${ms} ms`).join(', ')})`,
    );
    const stored = after - before;
    console.log(
      `  storage estimate: ${(stored / 1e6).toFixed(1)} MB, ${Math.round(stored / (workouts * minutes))} B per workout minute`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
