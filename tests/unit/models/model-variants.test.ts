import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_VARIANTS } from '../../../src/pose/model-variants';
import { readStoredZip } from '../../models/stored-zip';
import { readModelMetadata, transplantTfliteMetadata } from '../../models/tflite-metadata';

const MODELS_DIR = resolve(import.meta.dirname, '../../../models');
const readme = readFileSync(resolve(MODELS_DIR, 'README.md'), 'utf8');

function bundleEntry(file: string, name: string): Uint8Array {
  const entry = readStoredZip(readFileSync(resolve(MODELS_DIR, file))).find((e) => e.name === name);
  if (!entry) throw new Error(`${file} has no ${name}`);
  return entry.data;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const fullLandmarks = bundleEntry('pose_landmarker_full.task', 'pose_landmarks_detector.tflite');
const fullMetadata = readModelMetadata(fullLandmarks).find((e) => e.name === 'TFLITE_METADATA');

describe.each(['pose_landmarker_lite.task', 'pose_landmarker_heavy.task'])('%s', (file) => {
  it('matches the sha256 listed in models/README.md', () => {
    expect(readme).toContain(file);
    expect(readme).toContain(sha256(readFileSync(resolve(MODELS_DIR, file))));
  });

  it('carries the full model’s TFLite metadata next to its own entries', () => {
    const entries = readModelMetadata(bundleEntry(file, 'pose_landmarks_detector.tflite'));
    expect(entries.map((e) => e.name)).toEqual([
      'min_runtime_version',
      'reduced_precision_support',
      'TFLITE_METADATA',
    ]);
    expect(Buffer.from(entries[2]?.data ?? []).toString('hex')).toBe(
      Buffer.from(fullMetadata?.data ?? []).toString('hex'),
    );
  });

  it('shares the full bundle’s pose detector', () => {
    expect(sha256(bundleEntry(file, 'pose_detector.tflite'))).toBe(
      sha256(bundleEntry('pose_landmarker_full.task', 'pose_detector.tflite')),
    );
  });
});

describe('transplantTfliteMetadata', () => {
  it('refuses a model that already has TFLite metadata', () => {
    expect(() => transplantTfliteMetadata(fullLandmarks, fullLandmarks)).toThrow(
      /already has a TFLITE_METADATA/,
    );
  });

  it('refuses a file that is not a TFLite model', () => {
    expect(() => transplantTfliteMetadata(fullLandmarks, new Uint8Array(64))).toThrow(/TFL3/);
  });
});

describe('MODEL_VARIANTS', () => {
  it('points only at models that exist in models/', () => {
    for (const variant of MODEL_VARIANTS) {
      expect(() => readFileSync(resolve(MODELS_DIR, variant.path.replace(/^models\//, '')))).not.toThrow();
    }
  });
});
