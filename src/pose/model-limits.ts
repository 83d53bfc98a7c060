/**
 * What a pose model cannot give, and so which checks cannot be judged with it. MediaPipe's models
 * give 33 points with depth and several people; MoveNet SinglePose gives 17 points (no heels, foot
 * tips or most face points), no depth (z), and one person only. Checkers declare the checks that
 * need depth or the feet (`modelNeeds` in checker-definition.ts); the UI lists those a running
 * model cannot make, and the engine does not make them from the zeros such a model leaves.
 */

/** What a check may need that not every model gives. */
export type ModelNeed = 'depth' | 'feet';

/** One check that needs what not every model gives; without `faultId`, the count itself. */
export interface ModelDependentCheck {
  needs: ModelNeed;
  /** The check in words, as the person would name it (e.g. "shoulders turning with the head"). */
  check: string;
  /** The fault it raises; absent when the exercise's count itself depends on it. */
  faultId?: string;
}

export interface ModelLimits {
  /** The model's name for people, e.g. "MoveNet Lightning". */
  label: string;
  lacks: readonly ModelNeed[];
  /** Sees one person only, so it cannot warn of a second person in the picture. */
  singlePerson: boolean;
}

const NEED_WORDS: Record<ModelNeed, string> = {
  depth: 'needs depth',
  feet: 'needs the heels and feet',
};

/** The limits of a model by its name (the model file's name without extension). */
export function modelLimits(modelName: string): ModelLimits {
  if (modelName.startsWith('movenet')) {
    const variant = modelName.replace(/^movenet-?/, '');
    return {
      label: `MoveNet ${variant.charAt(0).toUpperCase()}${variant.slice(1)}`.trim(),
      lacks: ['depth', 'feet'],
      singlePerson: true,
    };
  }
  return { label: modelName, lacks: [], singlePerson: false };
}

/** Whether a model can make a check. */
export function canMake(check: Pick<ModelDependentCheck, 'needs'>, limits: ModelLimits): boolean {
  return !limits.lacks.includes(check.needs);
}

/** The checks a model cannot make, in words ("the count of the turns (needs depth)"). */
export function unavailableChecks(
  checks: readonly ModelDependentCheck[] | undefined,
  limits: ModelLimits,
): string[] {
  const lines = (checks ?? [])
    .filter((c) => !canMake(c, limits))
    .map((c) => `${c.check} (${NEED_WORDS[c.needs]})`);
  if (limits.singlePerson) lines.push('the warning when a second person is in the picture');
  return lines;
}

/**
 * What the camera set-up guide cannot check with this model, as the guide says it (undefined when
 * it checks everything). A single-person model never sees a second person, so the guide's "one
 * person only" check would pass whoever else is in the picture.
 */
export function framingNotChecked(limits: ModelLimits): string | undefined {
  if (!limits.singlePerson) return undefined;
  return `Not checked with ${limits.label}: one person only in the picture (it sees one person)`;
}
