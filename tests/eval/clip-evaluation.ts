/**
 * One clip's engine trace against its labels, and the misses against the targets. Pure.
 */
import { activityWindows } from './activity-windows';
import { containsTime, widen } from './intervals';
import type { ClipLabel } from './labels';
import type { EngineTrace } from './engine-trace';
import { formVerdict, verdictMatches, type FormVerdict } from './form-verdict';
import {
  compareHolds,
  holdIncrements,
  holdSecondsNearEdges,
  holdSecondsOutside,
  type HoldComparison,
} from './hold-metrics';
import { compareReps, labelledReps, repsOutside, type RepComparison } from './rep-metrics';

export const TARGETS = {
  /** Engine hold time within this many seconds of the labelled hold time. */
  holdErrorS: 1.0,
  /**
   * Labels are timed by eye to about 0.3 s: hold time within this many seconds of a labelled edge
   * is reported but is not a miss. A rep is outside only when its whole span is beyond it.
   */
  labelToleranceS: 0.5,
  /** Hold time outside every labelled activity above this is "counted outside" (one frame at 10 fps). */
  outsideHoldSlackS: 0.1,
} as const;

export interface ClipEvaluation {
  clip: string;
  exercise: string;
  confidence: 'high' | 'moderate' | 'low' | 'unknown';
  /** High or moderate confidence: the targets apply. */
  targeted: boolean;
  frames: number;
  detectionRate: number;
  hold?: HoldComparison;
  reps?: RepComparison;
  /**
   * Counted where the labels say nothing happens; undefined when the labels time nothing.
   * holdSeconds lies beyond the label tolerance (a miss above the slack); nearEdgeHoldSeconds lies
   * outside the labels but within the tolerance of their edges (reported, never a miss).
   */
  outside?: { holdSeconds: number; nearEdgeHoldSeconds: number; reps: number };
  /** When the labelled exercise starts (s), where the labels time it. */
  activityStartS?: number;
  /** What the coach said: cues and guidance, in order. */
  spoken: { atS: number; kind: 'cue' | 'guidance'; id: string }[];
  form: FormVerdict & { labelled?: 'good' | 'bad' | 'borderline'; matches?: boolean };
  /** Why the clip misses its targets (empty when it meets them or is not targeted). */
  misses: string[];
}

/** Whether the labels give anything to compare with: a hold, a count, timed activity or a form verdict. */
export function hasComparison(e: ClipEvaluation): boolean {
  return (
    e.hold !== undefined ||
    e.reps !== undefined ||
    e.outside !== undefined ||
    e.form.matches !== undefined
  );
}

export function evaluateClip(
  clip: string,
  label: ClipLabel,
  trace: EngineTrace,
  detectionRate: number,
): ClipEvaluation {
  const tol = TARGETS.labelToleranceS;
  const increments = holdIncrements(trace.samples);
  const activity = activityWindows(label);

  const hold = label.holds ? compareHolds(increments, label.holds) : undefined;
  const expectedReps = labelledReps(label);
  const reps = expectedReps
    ? compareReps(expectedReps, trace.finalReps, trace.finalRepsBySide)
    : undefined;
  const outside = activity.length
    ? {
        holdSeconds: holdSecondsOutside(increments, activity, tol),
        nearEdgeHoldSeconds: holdSecondsNearEdges(increments, activity, tol),
        reps: repsOutside(trace.repEvents, activity, tol).length,
      }
    : undefined;

  // Form is judged on the exercise itself, not on title cards or setting up.
  const judgedWindows = widen(activity, tol);
  const judged = trace.samples.filter(
    (s) => !activity.length || containsTime(judgedWindows, s.timestampMs / 1000),
  );
  const verdict = formVerdict(judged);
  const matches = verdictMatches(label.form, verdict.verdict);
  const form = {
    ...verdict,
    ...(label.form ? { labelled: label.form } : {}),
    ...(matches !== undefined ? { matches } : {}),
  };

  const confidence = label.confidence ?? 'unknown';
  const targeted = confidence === 'high' || confidence === 'moderate';
  const misses: string[] = [];
  if (targeted) {
    if (hold && Math.abs(hold.errorSeconds) > TARGETS.holdErrorS) {
      misses.push(
        `hold ${hold.engineSeconds.toFixed(1)} s vs ${hold.labelledSeconds.toFixed(1)} s labelled`,
      );
    }
    if (reps && !reps.exact) {
      const sides = reps.labelled.bySide
        ? ` (L/R ${reps.countedBySide.left}/${reps.countedBySide.right} vs ${reps.labelled.bySide.left}/${reps.labelled.bySide.right})`
        : '';
      misses.push(`reps ${reps.counted} vs ${reps.labelled.total} labelled${sides}`);
    }
    if (outside && outside.holdSeconds > TARGETS.outsideHoldSlackS) {
      misses.push(
        `${outside.holdSeconds.toFixed(1)} s of hold counted outside the labelled exercise (more than ${tol} s from its edges)`,
      );
    }
    if (outside && outside.reps > 0) {
      misses.push(`${outside.reps} rep(s) counted outside the labelled exercise`);
    }
    if (matches === false) {
      const why = verdict.dominantFault ? `, mostly ${verdict.dominantFault.id}` : '';
      misses.push(
        `form ${verdict.verdict} (mean score ${verdict.meanScore?.toFixed(0) ?? 'none'}${why}) vs ${label.form} labelled`,
      );
    }
  }
  return {
    clip,
    exercise: label.exercise,
    confidence,
    targeted,
    frames: trace.samples.length,
    detectionRate,
    ...(hold ? { hold } : {}),
    ...(reps ? { reps } : {}),
    ...(outside ? { outside } : {}),
    ...(activity[0] ? { activityStartS: activity[0][0] } : {}),
    spoken: trace.spoken.map(({ atMs, kind, id }) => ({ atS: atMs / 1000, kind, id })),
    form,
    misses,
  };
}
