/** Rep counts against the labels, per side where the labels have sides. Pure. */
import { overlaps, widen, type Interval } from './intervals';
import type { ClipLabel } from './labels';
import type { Side } from '../../src/form/types';

export interface LabelledReps {
  total: number;
  /**
   * Per side in the person's own terms (as the engine counts them), for exercises labelled with
   * leftPeaks/rightPeaks.
   */
  bySide?: Record<Side, number>;
}

/**
 * The person's own side for a peak labelled in an image direction (leftPeaks/rightPeaks). A person
 * facing an unmirrored camera has their right on the image's left; the engine's sides come from
 * MediaPipe's anatomical left/right landmarks, which follow the same rule.
 */
export function personSide(view: ClipLabel['view'], imageSide: Side): Side {
  if (view !== 'front') return imageSide;
  return imageSide === 'left' ? 'right' : 'left';
}

/** The labelled number of complete reps, or undefined when the labels do not count reps. */
export function labelledReps(label: ClipLabel): LabelledReps | undefined {
  if (label.leftPeaks || label.rightPeaks) {
    const imageLeft = label.leftPeaks?.length ?? 0;
    const imageRight = label.rightPeaks?.length ?? 0;
    const bySide = { left: 0, right: 0 };
    bySide[personSide(label.view, 'left')] += imageLeft;
    bySide[personSide(label.view, 'right')] += imageRight;
    return { total: label.reps ?? imageLeft + imageRight, bySide };
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
