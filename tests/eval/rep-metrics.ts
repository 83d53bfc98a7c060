/** Rep counts against the labels, per side where the labels have sides. Pure. */
import { overlaps, widen, type Interval } from './intervals';
import type { ClipLabel } from './labels';
import type { Side } from '../../src/form/types';

export interface LabelledReps {
  total: number;
  /** Per side, for exercises labelled with leftPeaks/rightPeaks (image directions). */
  bySide?: Record<Side, number>;
}

/** The labelled number of complete reps, or undefined when the labels do not count reps. */
export function labelledReps(label: ClipLabel): LabelledReps | undefined {
  if (label.leftPeaks || label.rightPeaks) {
    const left = label.leftPeaks?.length ?? 0;
    const right = label.rightPeaks?.length ?? 0;
    return { total: label.reps ?? left + right, bySide: { left, right } };
  }
  if (label.reps !== undefined) return { total: label.reps };
  if (label.repTops) return { total: label.repTops.length };
  return undefined;
}

export interface RepEvent {
  atMs: number;
  durationMs: number;
  side?: Side;
}

/** Reps whose whole span, start to completion, lies outside every labelled activity. */
export function repsOutside(
  events: readonly RepEvent[],
  activity: readonly Interval[],
  toleranceS: number,
): RepEvent[] {
  const around = widen(activity, toleranceS);
  return events.filter((event) => {
    const span: Interval = [(event.atMs - event.durationMs) / 1000, event.atMs / 1000];
    return !overlaps(span, around);
  });
}

export interface RepComparison {
  labelled: LabelledReps;
  counted: number;
  countedBySide: Record<Side, number>;
  exact: boolean;
}

export function compareReps(
  labelled: LabelledReps,
  counted: number,
  countedBySide: Record<Side, number>,
): RepComparison {
  const sidesMatch =
    !labelled.bySide ||
    (labelled.bySide.left === countedBySide.left && labelled.bySide.right === countedBySide.right);
  return {
    labelled,
    counted,
    countedBySide,
    exact: counted === labelled.total && sidesMatch,
  };
}
