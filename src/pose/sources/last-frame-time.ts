/**
 * Seeks stay at or before the last frame a recording can decode. A container's duration runs one
 * frame past the last frame's time (9.967 s against 9.933 s for a 10 s clip at 30 fps), and a seek
 * past that frame can leave nothing to draw: createImageBitmap then fails with "the image source
 * is not usable". Pure.
 */

/**
 * The longest frame interval allowed for when the last frame's time cannot be read: 10 frames a
 * second, the slowest footage seen (arm-circles-home-wall).
 */
export const FALLBACK_FRAME_INTERVAL_MS = 100;

/**
 * The time of the last frame: as the browser presented it after a seek to the end, when it did
 * (and that time lies within the recording), else one slow frame before the end. Unbounded when
 * the duration is unknown (a stream without one): there is no end to clamp to.
 */
export function lastFrameTimeMs(durationMs: number, presentedAtEndMs?: number): number {
  if (!Number.isFinite(durationMs)) return Number.POSITIVE_INFINITY;
  if (durationMs <= 0) return 0;
  if (
    presentedAtEndMs !== undefined &&
    Number.isFinite(presentedAtEndMs) &&
    presentedAtEndMs >= 0 &&
    presentedAtEndMs <= durationMs
  ) {
    return presentedAtEndMs;
  }
  return Math.max(0, durationMs - FALLBACK_FRAME_INTERVAL_MS);
}

/** Where to seek for a frame at `mediaMs`: never past the last frame, never before the start. */
export function clampSeekMs(mediaMs: number, lastFrameMs: number): number {
  return Math.min(Math.max(0, mediaMs), lastFrameMs);
}
