/**
 * Per variant: how many clips keep their hold and rep results, compared with the original clip's
 * result and with the labels, and, where a result is lost, whether the coach said why. Pure.
 */
import type { Side } from '../../src/form/types';
import { TARGETS, type ClipEvaluation } from './clip-evaluation';
import type { ClipFailure } from './report';
import { originalClipId, type Variant } from './variants';

/** "Within a few seconds" of the labelled exercise's start, the coach must say what is missing. */
export const SAY_WHY_WITHIN_S = 5;

export interface VariantRunLike {
  variant: Variant;
  evaluations: ClipEvaluation[];
  failures: ClipFailure[];
}

/** Kept: the same as the original's result. Labels: meets the target against the labels. */
export interface KeptResult {
  kept: boolean;
  meetsLabels: boolean;
  originalMeetsLabels: boolean;
}

export type Speech =
  | { kind: 'counts' }
  /** Misses the labels with the original's own result (within 1 s, the same count): not lost. */
  | { kind: 'as-original' }
  | { kind: 'says-why'; id: string; afterS: number }
  | { kind: 'late'; id: string; afterS: number }
  | { kind: 'silent' };

export interface VariantClipResult {
  clip: string;
  hold?: KeptResult & { originalS: number; variantS: number };
  reps?: KeptResult & { original: string; variant: string };
  speech: Speech;
}

const mirroredSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

function repsText(e: ClipEvaluation, mirrored: boolean): string {
  if (!e.reps) return '-';
  const sides = e.reps.countedBySide;
  if (!e.reps.labelled.bySide) return String(e.reps.counted);
  const left = mirrored ? sides[mirroredSide('left')] : sides.left;
  const right = mirrored ? sides[mirroredSide('right')] : sides.right;
  return `${e.reps.counted} L${left} R${right}`;
}

function holdMeets(e: ClipEvaluation): boolean {
  return e.hold !== undefined && Math.abs(e.hold.errorSeconds) <= TARGETS.holdErrorS;
}

/**
 * Whether the coach explains a lost result: the first cue or guidance from the labelled start of
 * the exercise on (or from the clip's start when the labels time nothing), and how soon.
 */
export function speechFor(variant: ClipEvaluation, resultLost: boolean): Speech {
  if (!resultLost) return { kind: 'counts' };
  const start = variant.activityStartS ?? 0;
  const first = variant.spoken.find((s) => s.atS >= start);
  if (!first) return { kind: 'silent' };
  const afterS = first.atS - start;
  return afterS <= SAY_WHY_WITHIN_S
    ? { kind: 'says-why', id: first.id, afterS }
    : { kind: 'late', id: first.id, afterS };
}

export function compareVariantClip(
  original: ClipEvaluation,
  variant: ClipEvaluation,
  mirrored: boolean,
): VariantClipResult {
  const result: VariantClipResult = { clip: original.clip, speech: { kind: 'counts' } };
  if (original.hold && variant.hold) {
    result.hold = {
      originalS: original.hold.engineSeconds,
      variantS: variant.hold.engineSeconds,
      kept:
        Math.abs(variant.hold.engineSeconds - original.hold.engineSeconds) <= TARGETS.holdErrorS,
      meetsLabels: holdMeets(variant),
      originalMeetsLabels: holdMeets(original),
    };
  }
  if (original.reps && variant.reps) {
    // The mirror image swaps the sides the model names; its labels are swapped to match.
    const original_ = repsText(original, mirrored);
    const variant_ = repsText(variant, false);
    result.reps = {
      original: original_,
      variant: variant_,
      kept: original_ === variant_,
      meetsLabels: variant.reps.exact,
      originalMeetsLabels: original.reps.exact,
    };
  }
  // A result the variant can lose: one the original had (met the labels), or one it changed. A miss
  // the original makes too, with the same result, is the clip's or its labels', not the variant's.
  const lostFrom = (r?: KeptResult) =>
    r !== undefined && !r.meetsLabels && (r.originalMeetsLabels || !r.kept);
  const lost = lostFrom(result.hold) || lostFrom(result.reps);
  const missesAsOriginal = result.hold?.meetsLabels === false || result.reps?.meetsLabels === false;
  result.speech = lost || !missesAsOriginal ? speechFor(variant, lost) : { kind: 'as-original' };
  return result;
}

export interface VariantSummary {
  variant: Variant;
  clips: VariantClipResult[];
  notRun: ClipFailure[];
}

export function summariseVariant(
  run: VariantRunLike,
  originals: readonly ClipEvaluation[],
): VariantSummary {
  const byClip = new Map(originals.map((e) => [e.clip, e]));
  const clips = run.evaluations.flatMap((e) => {
    const original = byClip.get(originalClipId(e.clip));
    return original ? [compareVariantClip(original, e, run.variant.mirrored === true)] : [];
  });
  return { variant: run.variant, clips, notRun: run.failures };
}

function fraction(results: readonly (KeptResult | undefined)[], key: keyof KeptResult): string {
  const present = results.filter((r): r is KeptResult => r !== undefined);
  return `${present.filter((r) => r[key]).length}/${present.length}`;
}

function speechCell(speech: Speech): string {
  switch (speech.kind) {
    case 'counts':
      return 'counts';
    case 'as-original':
      return 'misses the labels as the original does';
    case 'says-why':
      return `says why: ${speech.id} +${speech.afterS.toFixed(1)}s`;
    case 'late':
      return `late: ${speech.id} +${speech.afterS.toFixed(1)}s`;
    case 'silent':
      return 'SILENT';
  }
}

/** One line per variant, then per variant the clips whose results changed or were lost. */
export function variantLines(summaries: readonly VariantSummary[]): string[] {
  if (!summaries.length) return [];
  const lines = [
    '',
    'variants (kept = same result as the original clip; labels = meets the target, original in brackets; lost = misses the labels where the original met them or with another result; silent = lost and nothing said within ' +
      `${SAY_WHY_WITHIN_S} s of the exercise's start):`,
  ];
  for (const { variant, clips, notRun } of summaries) {
    const holds = clips.map((c) => c.hold);
    const reps = clips.map((c) => c.reps);
    const lost = clips.filter((c) => c.speech.kind !== 'counts' && c.speech.kind !== 'as-original');
    const silent = lost.filter((c) => c.speech.kind === 'silent').length;
    const skipped = notRun.length ? `, ${notRun.length} not run` : '';
    lines.push(
      `${variant.id.padEnd(7)} ${clips.length} clips${skipped}: hold kept ${fraction(holds, 'kept')}, labels ${fraction(holds, 'meetsLabels')} (${fraction(holds, 'originalMeetsLabels')}); ` +
        `reps kept ${fraction(reps, 'kept')}, labels ${fraction(reps, 'meetsLabels')} (${fraction(reps, 'originalMeetsLabels')}); ` +
        `lost ${lost.length}, of them silent ${silent}`,
    );
  }
  lines.push(
    '',
    'variant clips: every clip of the variants that hide what checkers need (no silent zeros), else those that lost or changed a result:',
  );
  for (const { variant, clips } of summaries) {
    for (const c of clips) {
      const changed = c.hold?.kept === false || c.reps?.kept === false;
      if (!variant.speechPerClip && !changed && c.speech.kind === 'counts') continue;
      const hold = c.hold
        ? ` hold ${c.hold.variantS.toFixed(1)} s (orig ${c.hold.originalS.toFixed(1)})`
        : '';
      const reps = c.reps ? ` reps ${c.reps.variant} (orig ${c.reps.original})` : '';
      lines.push(`  ${variant.id.padEnd(7)} ${c.clip}:${hold}${reps}; ${speechCell(c.speech)}`);
    }
  }
  return lines;
}
