/**
 * The labelled peaks of a neck clip in the person's own sides, in time order, and a check that
 * counted reps match them one for one, for the neck checkers' real-footage tests.
 */
import { expect } from 'vitest';
import type { ClipLabel } from '../../../eval/labels';
import { personSide } from '../../../eval/rep-metrics';
import type { CompletedRep } from '../../../../src/form/timing/rep-counter';
import type { Side } from '../../../../src/form/types';

export interface LabelledPeak {
  atS: number;
  side: Side;
}

/** Labels give image directions; turned into the person's sides the way the eval reads them. */
export function personPeaks(label: ClipLabel): LabelledPeak[] {
  const peaks: LabelledPeak[] = [
    ...(label.leftPeaks ?? []).map((atS) => ({ atS, side: personSide(label.view, 'left') })),
    ...(label.rightPeaks ?? []).map((atS) => ({ atS, side: personSide(label.view, 'right') })),
  ];
  return peaks.sort((a, b) => a.atS - b.atS);
}

/**
 * Each rep, in order, is the labelled peak of the same order: same side, counted within
 * `toleranceS` of it (the count comes as the head reaches the top, the label marks the middle of
 * the pause there; well under half the time between peaks, so no rep can pass for its neighbour).
 */
export function expectRepsAtPeaks(
  reps: readonly CompletedRep[],
  peaks: readonly LabelledPeak[],
  toleranceS: number,
): void {
  expect(reps.map((rep) => rep.side)).toEqual(peaks.map((peak) => peak.side));
  for (const [i, rep] of reps.entries()) {
    const peak = peaks[i]!;
    expect(
      Math.abs(rep.atMs / 1000 - peak.atS),
      `rep ${rep.rep} (${rep.side}) at ${rep.atMs} ms, labelled peak at ${peak.atS} s`,
    ).toBeLessThanOrEqual(toleranceS);
  }
}
