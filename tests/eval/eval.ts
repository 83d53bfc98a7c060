/**
 * The accuracy evaluation: runs the whole chain (recorded landmarks -> pose smoother -> form engine)
 * on every labelled clip and still of a footage folder and compares with the labels.
 *
 *   npm run eval -- [--footage DIR] [--json FILE] [--only id,id] [--no-stills] [--no-record]
 *                   [--backend full|lite|heavy|movenet-lightning|movenet-thunder]
 *
 * Landmarks come from the cache (.cache/landmarks, by model checksum and clip), recorded now when
 * missing (with --no-record, clips not yet recorded are skipped). Exits non-zero only when something failed to run, not when a target is missed.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createFormEngine } from '../../src/form/engine';
import { resolve } from 'node:path';
import { MODEL_VARIANTS } from '../../src/pose/model-variants';
import { modelSha256, useModelFile } from '../fixtures/landmark-cache';
import { LandmarkSource } from '../fixtures/landmark-source';
import { REPO_ROOT, defaultFootageDir } from '../fixtures/paths';
import { recordingStats } from '../fixtures/recording-stats';
import { evaluateClip, type ClipEvaluation } from './clip-evaluation';
import { traceEngine } from './engine-trace';
import { readExerciseSpec, exerciseSpecPath } from './exercise-specs';
import { clipId, readLabels } from './labels';
import { clipTable, missLines, summarise, summaryLines, type ClipFailure } from './report';
import { recogniseStill } from './still-recognition';
import { summariseStills, type StillResult } from './still-metrics';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      footage: { type: 'string' },
      json: { type: 'string' },
      only: { type: 'string' },
      'no-stills': { type: 'boolean', default: false },
      'no-record': { type: 'boolean', default: false },
      backend: { type: 'string', default: 'full' },
    },
  });
  const variant = MODEL_VARIANTS.find((v) => v.id === values.backend);
  if (!variant) {
    throw new Error(
      `--backend ${values.backend}: unknown (${MODEL_VARIANTS.map((v) => v.id).join(', ')})`,
    );
  }
  // Landmarks are cached per model checksum, so each backend keeps its own recordings.
  useModelFile(resolve(REPO_ROOT, variant.path));
  const footageDir = values.footage ?? defaultFootageDir();
  const labels = readLabels(footageDir);
  const only = values.only?.split(',').map((s) => s.trim());
  const source = new LandmarkSource(footageDir, (line) => console.error(line));
  console.log(
    `footage ${footageDir}; backend ${variant.id}; model sha256 ${modelSha256().slice(0, 12)}`,
  );

  const evaluations: ClipEvaluation[] = [];
  const failures: ClipFailure[] = [];
  let engineFrames = 0;
  let engineMs = 0;
  const stillResults: StillResult[] = [];
  try {
    for (const label of labels.clips) {
      const clip = clipId(label.file);
      if (only && !only.includes(clip)) continue;
      try {
        const spec = readExerciseSpec(label.exercise);
        if (!spec) {
          failures.push({
            clip,
            exercise: label.exercise,
            kind: 'skipped',
            reason: `no ${exerciseSpecPath(label.exercise)}`,
          });
          continue;
        }
        if (values['no-record'] && !source.isClipCached(label)) {
          const reason = 'not recorded yet (--no-record)';
          failures.push({ clip, exercise: label.exercise, kind: 'skipped', reason });
          continue;
        }
        const recording = await source.clip(label, ({ done, total }) =>
          process.stderr.write(
            `\r  recording ${clip}: ${done}/${total} frames${done === total ? '\n' : ''}`,
          ),
        );
        const trace = traceEngine(recording.frames, createFormEngine(spec));
        engineFrames += trace.samples.length;
        engineMs += trace.engineMsPerFrame * trace.samples.length;
        evaluations.push(evaluateClip(clip, label, trace, recordingStats(recording).detectionRate));
      } catch (error) {
        failures.push({ clip, exercise: label.exercise, kind: 'error', reason: message(error) });
      }
    }
    if (!values['no-stills'] && !only) {
      for (const image of labels.images) {
        if (values['no-record'] && !source.isStillCached(image)) continue;
        try {
          const recording = await source.still(image);
          stillResults.push(recogniseStill(image.file, image.pose, recording.frame));
        } catch (error) {
          failures.push({
            clip: image.file,
            exercise: image.pose,
            kind: 'error',
            reason: message(error),
          });
        }
      }
    }
  } finally {
    await source.close();
  }

  const stills = stillResults.length ? summariseStills(stillResults) : undefined;
  const summary = summarise(evaluations, stills, engineFrames ? engineMs / engineFrames : 0);
  console.log('');
  for (const line of clipTable(evaluations, failures)) console.log(line);
  console.log('');
  for (const line of summaryLines(summary)) console.log(line);
  const misses = missLines(evaluations, failures, stills);
  if (misses.length) {
    console.log('\nmisses:');
    for (const line of misses) console.log(`  ${line}`);
  }
  if (values.json) {
    writeFileSync(
      values.json,
      JSON.stringify(
        {
          footageDir,
          backend: variant.id,
          modelSha256: modelSha256(),
          summary,
          clips: evaluations,
          failures,
          stills: stillResults,
        },
        null,
        2,
      ),
    );
    console.log(`\nwrote ${values.json}`);
  }
  return failures.some((f) => f.kind === 'error') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval failed: ${message(error)}`);
    process.exit(2);
  },
);
