import type { Fault } from '../types';

/** Points lost by a fault at full severity: two bad faults at once bring the score to 0. */
const POINTS_PER_SEVERITY = 50;

/** A frame's form score, 0-100: 100 minus the faults' severities, clamped. */
export function frameScore(faults: readonly Pick<Fault, 'severity'>[]): number {
  let lost = 0;
  for (const fault of faults)
    lost += POINTS_PER_SEVERITY * Math.min(1, Math.max(0, fault.severity));
  return Math.max(0, 100 - lost);
}

/**
 * A mean weighted by time, so that a score held for two seconds counts twice as much as one held
 * for one, whatever the frame rate.
 */
export function createTimeWeightedMean() {
  let weighted = 0;
  let totalMs = 0;
  return {
    add(value: number, durationMs: number) {
      if (!(durationMs > 0) || !Number.isFinite(value)) return;
      weighted += value * durationMs;
      totalMs += durationMs;
    },
    /** The mean so far, or null before anything was added. */
    get mean(): number | null {
      return totalMs > 0 ? weighted / totalMs : null;
    },
    get totalMs() {
      return totalMs;
    },
    reset() {
      weighted = 0;
      totalMs = 0;
    },
  };
}
