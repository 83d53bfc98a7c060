/** Pose recognition on stills: per-pose accuracy and the plank-vs-downward-dog figure. Pure. */

export interface StillResult {
  file: string;
  labelled: string;
  /** What the recogniser said; null when it recognised nothing (or no pose was found). */
  recognised: string | null;
  /** The recogniser's answer fits the label (e.g. a straight-arm plank answers "plank"). */
  correct: boolean;
  /** A plank taken for a downward dog or the reverse: the confusion that matters most. */
  confused: boolean;
}

export interface StillSummary {
  total: number;
  correct: number;
  /** Correct share among stills labelled one of `PLANK_VS_DOG`, told apart from each other. */
  plankVsDog: { total: number; correct: number; accuracy: number; confused: number };
  misses: StillResult[];
}

export const PLANK_VS_DOG = ['plank', 'downward-dog'] as const;
export const PLANK_VS_DOG_TARGET = 0.95;

/** For a plank or downward-dog label, the other one of the pair. */
export function otherOfPair(label: string): string | undefined {
  if (label === PLANK_VS_DOG[0]) return PLANK_VS_DOG[1];
  if (label === PLANK_VS_DOG[1]) return PLANK_VS_DOG[0];
  return undefined;
}

export function summariseStills(results: readonly StillResult[]): StillSummary {
  const misses = results.filter((r) => !r.correct);
  const pair = results.filter((r) => (PLANK_VS_DOG as readonly string[]).includes(r.labelled));
  const pairCorrect = pair.filter((r) => r.correct).length;
  return {
    total: results.length,
    correct: results.length - misses.length,
    plankVsDog: {
      total: pair.length,
      correct: pairCorrect,
      accuracy: pair.length ? pairCorrect / pair.length : Number.NaN,
      confused: pair.filter((r) => r.confused).length,
    },
    misses,
  };
}
