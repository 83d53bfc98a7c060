import { describe, expect, it } from 'vitest';
import type { ClipEvaluation } from '../../eval/clip-evaluation';
import { compareVariantClip, summariseVariant, variantLines } from '../../eval/variant-report';
import { variantById } from '../../eval/variants';

function evaluation(fields: Partial<ClipEvaluation>): ClipEvaluation {
  return {
    clip: 'c',
    exercise: 'neck-turns',
    confidence: 'high',
    targeted: true,
    frames: 100,
    detectionRate: 1,
    form: { verdict: 'good', meanScore: 90, judgedFrames: 10 },
    misses: [],
    spoken: [],
    activityStartS: 2,
    ...fields,
  };
}

const neckReps = (left: number, right: number, labelled = { left: 2, right: 3 }) => ({
  labelled: { total: labelled.left + labelled.right, bySide: labelled },
  counted: left + right,
  countedBySide: { left, right },
  exact: left === labelled.left && right === labelled.right,
});

const hold = (engineSeconds: number, labelledSeconds = 5) => ({
  labelledSeconds,
  engineSeconds,
  errorSeconds: engineSeconds - labelledSeconds,
});

describe('variant report', () => {
  it('keeps a hold within 1 s of the original and compares both with the labels', () => {
    const kept = compareVariantClip(
      evaluation({ hold: hold(4.8) }),
      evaluation({ hold: hold(4.1) }),
      false,
    );
    expect(kept.hold).toMatchObject({ kept: true, meetsLabels: true, originalMeetsLabels: true });
    expect(kept.speech).toEqual({ kind: 'counts' });
    const lost = compareVariantClip(
      evaluation({ hold: hold(4.8) }),
      evaluation({ hold: hold(0) }),
      false,
    );
    expect(lost.hold).toMatchObject({ kept: false, meetsLabels: false });
    expect(lost.speech).toEqual({ kind: 'silent' });
  });

  it('does not call a result lost that misses the labels as the original does, with its result', () => {
    // Both time 1.0-1.2 s of a 2.3 s labelled hold: the variant kept what the original had.
    const shared = compareVariantClip(
      evaluation({ hold: hold(1.2, 2.3) }),
      evaluation({ hold: hold(1.0, 2.3) }),
      false,
    );
    expect(shared.hold).toMatchObject({
      kept: true,
      meetsLabels: false,
      originalMeetsLabels: false,
    });
    expect(shared.speech).toEqual({ kind: 'as-original' });
    // Missing the labels with another result than the original's is lost all the same.
    const changed = compareVariantClip(
      evaluation({ hold: hold(1.2, 2.3) }),
      evaluation({ hold: hold(0, 2.3) }),
      false,
    );
    expect(changed.speech).toEqual({ kind: 'silent' });
  });

  it('compares reps per side, with the sides swapped for the mirror image', () => {
    const original = evaluation({ reps: neckReps(2, 3) });
    const mirrored = evaluation({ reps: neckReps(3, 2, { left: 3, right: 2 }) });
    const result = compareVariantClip(original, mirrored, true);
    expect(result.reps).toMatchObject({ kept: true, meetsLabels: true, variant: '5 L3 R2' });
    // Unmirrored, the same counts would be a changed result.
    expect(
      compareVariantClip(original, evaluation({ reps: neckReps(3, 2) }), false).reps?.kept,
    ).toBe(false);
  });

  it('says whether the coach explained a lost result within a few seconds, or too late, or not at all', () => {
    const original = evaluation({ reps: neckReps(2, 3) });
    const said = (atS: number) =>
      compareVariantClip(
        original,
        evaluation({ reps: neckReps(0, 0), spoken: [{ atS, kind: 'guidance', id: 'move-back' }] }),
        false,
      ).speech;
    expect(said(4)).toEqual({ kind: 'says-why', id: 'move-back', afterS: 2 });
    expect(said(9)).toEqual({ kind: 'late', id: 'move-back', afterS: 7 });
    // Said before the exercise started (while setting up) does not explain what came after.
    expect(said(1)).toEqual({ kind: 'silent' });
  });

  it('prints a line per variant and each clip that changed', () => {
    const originals = [
      evaluation({ clip: 'a', hold: hold(5) }),
      evaluation({ clip: 'b', hold: hold(5) }),
    ];
    const summary = summariseVariant(
      {
        variant: variantById('crop')!,
        evaluations: [
          evaluation({ clip: 'a--crop', hold: hold(5) }),
          evaluation({ clip: 'b--crop', hold: hold(0) }),
        ],
        failures: [],
      },
      originals,
    );
    const lines = variantLines([summary]);
    expect(lines).toContain(
      'crop    2 clips: hold kept 1/2, labels 1/2 (2/2); reps kept 0/0, labels 0/0 (0/0); lost 1, of them silent 1',
    );
    expect(lines).toContain('  crop    b: hold 0.0 s (orig 5.0); SILENT');
    // The crop hides what checkers need: every clip is listed, also one that kept its result.
    expect(lines).toContain('  crop    a: hold 5.0 s (orig 5.0); counts');
    const mirror = summariseVariant(
      {
        variant: variantById('mirror')!,
        evaluations: [evaluation({ clip: 'a--mirror', hold: hold(5) })],
        failures: [],
      },
      originals,
    );
    expect(variantLines([mirror]).filter((l) => l.includes(' a: '))).toEqual([]);
  });
});
