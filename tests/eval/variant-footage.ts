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

/** Builds (or completes) the variant's folder for these clips and returns its path. */
export function variantFootageDir(
  footageDir: string,
  clips: readonly ClipLabel[],
  variant: Variant,
  log: (line: string) => void = () => {},
): string {
  const dir = join(VARIANTS_DIR, variant.id);
  const labels = clips.map((label) => variantLabel(label, variant));
  for (const [i, label] of labels.entries()) {
    const output = join(dir, label.file);
    if (existsSync(output)) continue;
    log(`  ${variant.id}: transforming ${clips[i]!.file}`);
    transform(join(footageDir, clips[i]!.file), output, variant.filter);
  }
  writeFileSync(
    join(dir, 'labels.json'),
    JSON.stringify({ version: 1, clips: labels, images: [] }, null, 2),
  );
  return dir;
}
