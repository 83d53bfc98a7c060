/**
 * Pose recognition on stills, measured two ways. Pure.
 *
 * - Strict ("recognised as labelled"): the recogniser's answer must be the labelled pose (a forearm
 *   or straight-arm plank answers "plank", see `answersLabel`); recognising nothing, or another pose,
 *   is a miss. Reported for every still, and for the plank and downward-dog stills on their own.
 * - Told apart (the "plank and downward-dog stills told apart"): for each still labelled
 *   plank or downward-dog, the pairwise plank-or-dog decision (src/form/recognition/plank-or-dog.ts:
 *   straight body line or inverted V, from shoulders, hips, knees and ankles) must name the labelled
 *   one. It answers whenever the body line is seen, so a still the recogniser places in no position
 *   (a plank with piked hips, a silhouette whose arms were lost) still counts if the decision is
 *   right; a still counts as a failure when the decision is wrong or cannot be made (no body line).
 *   The decision names a plank for any line that is not an inverted V, so it is also counted per
 *   label: a figure carried by the planks alone would show as downward dogs missed.
 */

export interface StillResult {
  file: string;
  labelled: string;
  /** What the recogniser said; null when it recognised nothing (or no pose was found). */
  recognised: string | null;
  /** The recogniser's answer fits the label (e.g. a straight-arm plank answers "plank"). */
  correct: boolean;
  /** A plank taken for a downward dog or the reverse: the confusion that matters most. */
  confused: boolean;
  /**
   * For a still labelled plank or downward-dog: which of the two the pairwise decision names, null
   * when it cannot be made. Absent for other labels.
   */
  pairDecision?: string | null;
}

export interface PairFigure {
  total: number;
  correct: number;
  accuracy: number;
}

export interface StillSummary {
  total: number;
  correct: number;
  /** Strict: among stills labelled one of `PLANK_VS_DOG`, how many are recognised as labelled. */
  plankVsDog: PairFigure & { confused: number };
  /** Told apart: among the same stills, how many the pairwise decision puts on the labelled side. */
  toldApart: PairFigure & {
    undecided: number;
    /** The same, for the stills of each label of the pair. */
    byLabel: Record<(typeof PLANK_VS_DOG)[number], PairFigure>;
    misses: StillResult[];
  };
  /** Strict misses over every still. */
  misses: StillResult[];
}

export const PLANK_VS_DOG = ['plank', 'downward-dog'] as const;
/** The target, for the told-apart figure. */
export const PLANK_VS_DOG_TARGET = 0.95;

/** For a plank or downward-dog label, the other one of the pair. */
export function otherOfPair(label: string): string | undefined {
  if (label === PLANK_VS_DOG[0]) return PLANK_VS_DOG[1];
  if (label === PLANK_VS_DOG[1]) return PLANK_VS_DOG[0];
  return undefined;
}

function figure(total: number, correct: number): PairFigure {
  return { total, correct, accuracy: total ? correct / total : Number.NaN };
}

function apartFigure(
  pair: readonly StillResult[],
  apartMisses: readonly StillResult[],
  label: string,
): PairFigure {
  const total = pair.filter((r) => r.labelled === label).length;
  return figure(total, total - apartMisses.filter((r) => r.labelled === label).length);
}

export function summariseStills(results: readonly StillResult[]): StillSummary {
  const misses = results.filter((r) => !r.correct);
  const pair = results.filter((r) => otherOfPair(r.labelled) !== undefined);
  const apartMisses = pair.filter((r) => r.pairDecision !== r.labelled);
  return {
    total: results.length,
    correct: results.length - misses.length,
    plankVsDog: {
      ...figure(pair.length, pair.filter((r) => r.correct).length),
      confused: pair.filter((r) => r.confused).length,
    },
    toldApart: {
      ...figure(pair.length, pair.length - apartMisses.length),
      undecided: pair.filter((r) => r.pairDecision == null).length,
      byLabel: {
        plank: apartFigure(pair, apartMisses, 'plank'),
        'downward-dog': apartFigure(pair, apartMisses, 'downward-dog'),
      },
      misses: apartMisses,
    },
    misses,
  };
}
