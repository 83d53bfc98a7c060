/**
 * Micro-benchmark of the form engine: the cost of one engine.update() per frame, for every exercise
 * of the catalogue whose checker is registered, on the recorded landmark fixtures (smoothed as the
 * app does, before timing). Prints median and p95 per checker and over all, in microseconds.
 *
 *   npx tsx tests/bench/engine-bench.ts [--frames N]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChecker } from '../../src/form/checkers/registry';
import { createFormEngine } from '../../src/form/engine';
import type { PoseFrame } from '../../src/pose/landmarks';
import { PoseSmoother } from '../../src/pose/pose-smoother';
import { readExerciseSpec } from '../eval/exercise-specs';
import { decodeFrames } from '../fixtures/fixture-codec';
import { readClipFixture } from '../fixtures/fixture-files';
import { CLIP_FIXTURES_DIR, REPO_ROOT } from '../fixtures/paths';

const framesArg = process.argv.indexOf('--frames');
const FRAMES_PER_CHECKER = framesArg > 0 ? Number(process.argv[framesArg + 1]) : 2000;
const WARM_UP_FRAMES = 200;

function recordedFrames(): PoseFrame[] {
  const frames: PoseFrame[] = [];
  for (const name of readdirSync(CLIP_FIXTURES_DIR).filter((n) => n.endsWith('.json.gz'))) {
    const smoother = new PoseSmoother();
    const clip = readClipFixture(join(CLIP_FIXTURES_DIR, name));
    for (const frame of decodeFrames(clip.frames)) frames.push(smoother.smooth(frame));
  }
  return frames;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

const frames = recordedFrames();
if (frames.length === 0) throw new Error(`no recorded frames in ${CLIP_FIXTURES_DIR}`);
// Timestamps must rise for the engine: lay the clips end to end on one clock.
const stream = frames.map((frame, i) => ({ ...frame, timestampMs: i * 100 }));

const exercises = readdirSync(join(REPO_ROOT, 'content/exercises'))
  .filter((n) => n.endsWith('.json'))
  .map((n) => n.replace(/\.json$/, ''));

const rows: { kind: string; exercise: string; median: number; p95: number }[] = [];
const all: number[] = [];
for (const exercise of exercises) {
  const spec = readExerciseSpec(exercise);
  if (!spec || !findChecker(spec.checker.kind)) continue;
  const engine = createFormEngine(spec);
  for (let i = 0; i < WARM_UP_FRAMES; i++) engine.update(stream[i % stream.length]!);
  engine.reset();
  const samples: number[] = [];
  for (let i = 0; i < FRAMES_PER_CHECKER; i++) {
    const frame = stream[i % stream.length]!;
    const start = performance.now();
    engine.update({ ...frame, timestampMs: (WARM_UP_FRAMES + i) * 100 });
    samples.push((performance.now() - start) * 1000);
  }
  samples.sort((a, b) => a - b);
  all.push(...samples);
  rows.push({
    kind: spec.checker.kind,
    exercise,
    median: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
  });
}
all.sort((a, b) => a - b);

console.log(
  `form engine, ${frames.length} recorded frames, ${FRAMES_PER_CHECKER} updates per exercise (Node ${process.version})`,
);
console.log(
  `${'exercise'.padEnd(26)}${'checker'.padEnd(26)}${'median µs'.padStart(10)}${'p95 µs'.padStart(10)}`,
);
for (const row of rows) {
  console.log(
    `${row.exercise.padEnd(26)}${row.kind.padEnd(26)}${row.median.toFixed(1).padStart(10)}${row.p95.toFixed(1).padStart(10)}`,
  );
}
console.log(
  `${'all checkers'.padEnd(52)}${percentile(all, 0.5).toFixed(1).padStart(10)}${percentile(all, 0.95).toFixed(1).padStart(10)}`,
);
