/**
 * Writes a variant's footage folder: each clip transformed with ffmpeg into
 * .cache/variants/<id>/clips (gitignored, never committed: it is made from the footage), with a
 * labels.json in the footage format, so that the recorder and the evaluation treat it like any
 * other footage folder. A clip already transformed is kept, so that its cached landmarks stay valid.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { REPO_ROOT } from '../fixtures/paths';
import type { ClipLabel } from './labels';
import { variantLabel, type Variant } from './variants';

export const VARIANTS_DIR = resolve(REPO_ROOT, '.cache/variants');

function transform(input: string, output: string, filter: string): void {
  mkdirSync(dirname(output), { recursive: true });
  const partial = `${output}.part.mp4`;
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    input,
    '-vf',
    filter,
    '-an',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-crf',
    '18',
    '-pix_fmt',
    'yuv420p',
    '-movflags',
    '+faststart',
    partial,
  ]);
  renameSync(partial, output);
}

export interface VariantFootage {
  dir: string;
  /** The variant's labels, of the clips whose variant exists. */
  labels: ClipLabel[];
  /** Clips not transformed (only with transform: false). */
  missing: ClipLabel[];
}

/**
 * The variant's folder for these clips: transforms the clips not done yet, or, with
 * transform: false (nothing is to be recorded), leaves them out.
 */
export function variantFootage(
  footageDir: string,
  clips: readonly ClipLabel[],
  variant: Variant,
  options: { transform: boolean; log?: (line: string) => void },
): VariantFootage {
  const dir = join(VARIANTS_DIR, variant.id);
  const labels: ClipLabel[] = [];
  const missing: ClipLabel[] = [];
  for (const clip of clips) {
    const label = variantLabel(clip, variant);
    const output = join(dir, label.file);
    if (!existsSync(output)) {
      if (!options.transform) {
        missing.push(label);
        continue;
      }
      options.log?.(`  ${variant.id}: transforming ${clip.file}`);
      transform(join(footageDir, clip.file), output, variant.filter);
    }
    labels.push(label);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'labels.json'),
    JSON.stringify({ version: 1, clips: labels, images: [] }, null, 2),
  );
  return { dir, labels, missing };
}
