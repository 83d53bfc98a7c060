/**
 * Runs the evaluation on each variant of the scored clips (variants.ts): builds the variant's
 * footage folder, then records (or reads from the cache) and evaluates it like the originals.
 */
import { LandmarkSource } from '../fixtures/landmark-source';
import type { ClipEvaluation } from './clip-evaluation';
import { runClips, type ClipRun } from './clip-runner';
import { clipId, type ClipLabel } from './labels';
import { variantFootage } from './variant-footage';
import { VARIANTS, type Variant } from './variants';

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
    const footage = variantFootage(footageDir, clips, variant, {
      transform: !options.noRecord,
      log: (line) => console.error(line),
    });
    const source = new LandmarkSource(footage.dir, (line) => console.error(line));
    try {
      const run = await runClips(source, footage.labels, options);
      for (const label of footage.missing) {
        const reason = 'not transformed yet (--no-record)';
        run.failures.push({
          clip: clipId(label.file),
          exercise: label.exercise,
          kind: 'skipped',
          reason,
        });
      }
      runs.push({ variant, ...run });
    } finally {
      await source.close();
    }
  }
  return runs;
}
