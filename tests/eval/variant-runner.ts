/**
 * Runs the evaluation on each variant of the scored clips (variants.ts): builds the variant's
 * footage folder, then records (or reads from the cache) and evaluates it like the originals.
 */
import { LandmarkSource } from '../fixtures/landmark-source';
import type { ClipEvaluation } from './clip-evaluation';
import { runClips, type ClipRun } from './clip-runner';
import { clipId, type ClipLabel } from './labels';
import { variantFootageDir } from './variant-footage';
import { VARIANTS, variantLabel, type Variant } from './variants';

/** Variants are made of the scored clips under this length: recording runs at 3-10 frames a second. */
export const VARIANT_MAX_FRAMES = 300;

export interface VariantRun extends ClipRun {
  variant: Variant;
}

/** The clips worth a variant: scored (high/moderate labels), timed hold or reps, under 30 s. */
export function variantClips(
  labels: readonly ClipLabel[],
  originals: readonly ClipEvaluation[],
): ClipLabel[] {
  const scored = new Map(originals.map((e) => [e.clip, e]));
  return labels
    .filter((label) => {
      const original = scored.get(clipId(label.file));
      return (
        original?.targeted &&
        (original.hold !== undefined || original.reps !== undefined) &&
        original.frames < VARIANT_MAX_FRAMES
      );
    })
    .sort((a, b) => scored.get(clipId(a.file))!.frames - scored.get(clipId(b.file))!.frames);
}

export async function runVariants(
  footageDir: string,
  labels: readonly ClipLabel[],
  originals: readonly ClipEvaluation[],
  options: { noRecord: boolean; only?: string[] },
): Promise<VariantRun[]> {
  const clips = variantClips(labels, originals);
  const runs: VariantRun[] = [];
  for (const variant of VARIANTS) {
    if (options.only && !options.only.includes(variant.id)) continue;
    const dir = variantFootageDir(footageDir, clips, variant, (line) => console.error(line));
    const source = new LandmarkSource(dir, (line) => console.error(line));
    try {
      const variantLabels = clips.map((label) => variantLabel(label, variant));
      runs.push({ variant, ...(await runClips(source, variantLabels, options)) });
    } finally {
      await source.close();
    }
  }
  return runs;
}
