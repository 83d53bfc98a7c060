/** Severity of a fault just past its threshold: even a small fault costs some points. */
const MIN_SEVERITY = 0.3;

/**
 * How bad a fault is, 0.3 (just past `threshold`) to 1 (`rangeDeg` or more past it), for a measure
 * that should stay at or above the threshold (e.g. a body-line angle).
 */
export function severityBelow(value: number, threshold: number, range: number): number {
  if (!(value < threshold)) return 0;
  const past = (threshold - value) / (range > 0 ? range : 1);
  return Math.min(1, MIN_SEVERITY + (1 - MIN_SEVERITY) * past);
}

/** The same for a measure that should stay at or below the threshold. */
export function severityAbove(value: number, threshold: number, range: number): number {
  return severityBelow(-value, -threshold, range);
}
