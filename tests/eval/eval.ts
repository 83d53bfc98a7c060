/**
 * The accuracy evaluation: runs the whole chain (recorded landmarks -> pose smoother -> form engine)
 * on every labelled clip and still of a footage folder and compares with the labels.
 *
 *   npm run eval -- [--footage DIR] [--json FILE] [--only id,id] [--no-stills] [--no-record]
 *                   [--backend full|lite|heavy|movenet-lightning|movenet-thunder]
 *                   [--variants [--variant-ids crop,dark]] [--roll DEG] [--tempo FACTOR]
 *                   [--fps N] [--missed SHARE[:RUN]] [--glitched SHARE]
 *
 * Landmarks come from the cache (.cache/landmarks, by model checksum and clip), recorded now when
 * missing (with --no-record, clips not yet recorded are skipped). --variants also evaluates
 * transformed copies of the scored clips under 30 s (variants.ts) and prints, per variant, how many
 * keep their results. --roll turns the recorded landmarks as a camera rolled DEG degrees would
 * place them (rolled-landmarks.ts), with no recording. --tempo replays them as a person moving
 * FACTOR times as fast (tempo.ts), the labels' times scaled alike. --fps judges only the frames a
 * machine managing N inferences a second would (frames-at-rate.ts; the recordings have 10 a
 * second). --missed drops the pose from SHARE of the frames, in runs of RUN frames on average (1 if
 * not given), as a model that loses the person now and then would (missed-poses.ts). --glitched
 * reports one body part at a low visibility on SHARE of the frames (glitched-landmarks.ts). Exits
 * non-zero only when something failed to run, not when a target is missed.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_VARIANTS } from '../../src/pose/model-variants';
import { modelSha256, useModelFile } from '../fixtures/landmark-cache';
import { LandmarkSource } from '../fixtures/landmark-source';
import { REPO_ROOT, defaultFootageDir } from '../fixtures/paths';
import { runClips, type ClipRun } from './clip-runner';
import { clipId, readLabels } from './labels';
import { clipTable, missLines, summarise, summaryLines } from './report';
import { recogniseStill } from './still-recognition';
import { summariseStills, type StillResult } from './still-metrics';
import { runVariants, type VariantRun } from './variant-runner';
import { summariseVariant, variantLines } from './variant-report';

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
      variants: { type: 'boolean', default: false },
      'variant-ids': { type: 'string' },
      roll: { type: 'string', default: '0' },
      tempo: { type: 'string', default: '1' },
      fps: { type: 'string' },
      missed: { type: 'string' },
      glitched: { type: 'string', default: '0' },
    },
  });
  const variant = MODEL_VARIANTS.find((v) => v.id === values.backend);
  if (!variant) {
    throw new Error(
      `--backend ${values.backend}: unknown (${MODEL_VARIANTS.map((v) => v.id).join(', ')})`,
    );
  }
  const rollDeg = Number(values.roll);
  if (!Number.isFinite(rollDeg)) throw new Error(`--roll ${values.roll}: not a number of degrees`);
  const tempo = Number(values.tempo);
  if (!(tempo > 0)) throw new Error(`--tempo ${values.tempo}: not a positive factor`);
  const fps = values.fps === undefined ? undefined : Number(values.fps);
  if (fps !== undefined && !(fps > 0)) throw new Error(`--fps ${values.fps}: not a positive rate`);
  const [missedShare, missedRun = 1] = (values.missed ?? '0').split(':').map(Number);
  if (!(missedShare! >= 0 && missedShare! < 1) || !(missedRun >= 1)) {
    throw new Error(`--missed ${values.missed}: a share from 0 to 1, and a mean run of 1 or more`);
  }
  const glitched = Number(values.glitched);
  if (!(glitched >= 0 && glitched < 1)) {
    throw new Error(`--glitched ${values.glitched}: a share from 0 to 1`);
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

  const stillResults: StillResult[] = [];
  const clipLabels = labels.clips.filter((label) => !only || only.includes(clipId(label.file)));
  let run: ClipRun;
  let variantRuns: VariantRun[] = [];
  try {
    run = await runClips(source, clipLabels, {
      noRecord: values['no-record'],
      rollDeg,
      tempo,
      ...(fps ? { fps } : {}),
      ...(missedShare ? { missed: { share: missedShare, meanRun: missedRun } } : {}),
      ...(glitched ? { glitched } : {}),
    });
    if (!values['no-stills'] && !only) {
      for (const image of labels.images) {
        if (values['no-record'] && !source.isStillCached(image)) continue;
        try {
          const recording = await source.still(image);
          stillResults.push(recogniseStill(image.file, image.pose, recording.frame));
        } catch (error) {
          run.failures.push({
            clip: image.file,
            exercise: image.pose,
            kind: 'error',
            reason: message(error),
          });
        }
      }
    }
    if (values.variants) {
      await source.close();
      variantRuns = await runVariants(footageDir, clipLabels, run.evaluations, {
        noRecord: values['no-record'],
        only: values['variant-ids']?.split(',').map((s) => s.trim()),
      });
    }
  } finally {
    await source.close();
  }
  const { evaluations, failures, engineFrames, engineMs } = run;

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
  const variantSummaries = variantRuns.map((r) => summariseVariant(r, evaluations));
  for (const line of variantLines(variantSummaries)) console.log(line);
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
          variants: variantSummaries,
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
