/**
 * The engine's good-or-bad verdict on a clip, from the frames it judged: bad when its mean score is
 * low or one fault persists through much of the exercise. Pure.
 */

/** A mean score below this is a "bad form" verdict. */
export const GOOD_FORM_MIN_SCORE = 70;
/** A fault active in at least this share of the judged frames makes the verdict "bad". */
export const PERSISTENT_FAULT_SHARE = 0.5;

export interface JudgedFrame {
  score: number | null;
  faultIds: readonly string[];
}

export interface FormVerdict {
  verdict: 'good' | 'bad' | 'none';
  meanScore: number | null;
  judgedFrames: number;
  /** The fault seen most often, with the share of judged frames it was active in. */
  dominantFault?: { id: string; share: number };
}

export function formVerdict(frames: readonly JudgedFrame[]): FormVerdict {
  const judged = frames.filter((f): f is JudgedFrame & { score: number } => f.score !== null);
  if (judged.length === 0) return { verdict: 'none', meanScore: null, judgedFrames: 0 };
  const meanScore = judged.reduce((sum, f) => sum + f.score, 0) / judged.length;
  const counts = new Map<string, number>();
  for (const frame of judged) {
    for (const id of new Set(frame.faultIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  let dominantFault: FormVerdict['dominantFault'];
  for (const [id, count] of counts) {
    const share = count / judged.length;
    if (!dominantFault || share > dominantFault.share) dominantFault = { id, share };
  }
  const bad =
    meanScore < GOOD_FORM_MIN_SCORE ||
    (dominantFault !== undefined && dominantFault.share >= PERSISTENT_FAULT_SHARE);
  return {
    verdict: bad ? 'bad' : 'good',
    meanScore,
    judgedFrames: judged.length,
    ...(dominantFault ? { dominantFault } : {}),
  };
}

/** Does the verdict agree with the label? Borderline labels accept either; unlabelled clips are not judged. */
export function verdictMatches(
  label: 'good' | 'bad' | 'borderline' | undefined,
  verdict: FormVerdict['verdict'],
): boolean | undefined {
  if (label === undefined) return undefined;
  if (label === 'borderline') return true;
  return verdict === label;
}
