import type { Dose } from '../content/exercise-schema';

/** "2 × 10 reps, hold 3 s each side, rest 30 s": the dose as a person reads it. */
export function describeDose(dose: Dose): string {
  const parts: string[] = [];
  const work =
    dose.reps !== undefined
      ? `${dose.reps} reps${dose.holdSeconds !== undefined ? `, hold ${dose.holdSeconds} s` : ''}`
      : `${dose.holdSeconds ?? 0} s`;
  parts.push(dose.sets > 1 ? `${dose.sets} × ${work}` : work);
  if (dose.perSide) parts.push('each side');
  let text = parts.join(' ');
  if (dose.sets > 1 && dose.restSeconds > 0) text += `, rest ${dose.restSeconds} s between sets`;
  return text;
}
