import type { Dose } from '../content/exercise-schema';
import type { DoseOverride } from '../content/routine-schema';

/** The catalogue's dose with whatever a routine sets for itself laid over it. */
export function effectiveDose(base: Dose, override: DoseOverride | undefined): Dose {
  if (!override) return base;
  const defined = Object.fromEntries(
    Object.entries(override).filter(([, value]) => value !== undefined),
  ) as DoseOverride;
  return { ...base, ...defined };
}
