/**
 * Rebuilds models/pose_landmarker_lite.task and models/pose_landmarker_heavy.task:
 *   npx tsx tests/models/build-model-variants.ts
 *
 * The landmark models come from the npm package @mediapipe/pose (Google, Apache-2.0), which ships
 * lite, full and heavy variants without TFLite metadata. Each gets the metadata of the full Tasks
 * model's landmark detector (see tflite-metadata.ts) and is bundled with that bundle's pose
 * detector, which all three variants share. The output is byte-for-byte reproducible.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readStoredZip, writeStoredZip } from './stored-zip';
import { transplantTfliteMetadata } from './tflite-metadata';

const LEGACY_PACKAGE = '@mediapipe/pose@0.5.1675469404';
const MODELS_DIR = resolve(import.meta.dirname, '../../models');
const VARIANTS = ['lite', 'heavy'] as const;

function entry(bundle: Uint8Array, name: string): Uint8Array {
  const found = readStoredZip(bundle).find((e) => e.name === name);
  if (!found) throw new Error(`pose_landmarker_full.task has no ${name}.`);
  return found.data;
}

const work = mkdtempSync(join(tmpdir(), 'spine-coach-models-'));
try {
  const tarball = execFileSync('npm', ['pack', LEGACY_PACKAGE, '--silent'], {
    cwd: work,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', tarball], { cwd: work });
  const fullBundle = readFileSync(join(MODELS_DIR, 'pose_landmarker_full.task'));
  const detector = entry(fullBundle, 'pose_detector.tflite');
  const fullLandmarks = entry(fullBundle, 'pose_landmarks_detector.tflite');
  for (const variant of VARIANTS) {
    const legacy = readFileSync(join(work, 'package', `pose_landmark_${variant}.tflite`));
    const landmarks = transplantTfliteMetadata(fullLandmarks, legacy);
    const bundle = writeStoredZip([
      { name: 'pose_detector.tflite', data: detector },
      { name: 'pose_landmarks_detector.tflite', data: landmarks },
    ]);
    const out = join(MODELS_DIR, `pose_landmarker_${variant}.task`);
    writeFileSync(out, bundle);
    const sha256 = createHash('sha256').update(bundle).digest('hex');
    console.log(`${out}  ${bundle.length} bytes  sha256 ${sha256}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
