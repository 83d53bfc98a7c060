/**
 * How long to wait for the pose worker's answer to a frame before taking the worker for dead. A
 * dead or hung worker sends nothing, so only silence tells, and a busy machine must not be taken
 * for a dead worker: the limit follows the slowest recent frame, between a floor and a ceiling.
 */

/** Never less: frames take 30-1000 ms on a quiet machine. */
export const FRAME_TIMEOUT_FLOOR_MS = 2000;
/**
 * Never more, whatever the history: frames took 1.3-4.4 s at a load average of 20-30 on two cores
 * (pose10's soak and e2e), where three times the slowest let a hang go unnoticed for 18.9 s. A
 * frame that takes longer than this leaves a coach that sees one picture in eight seconds: a new
 * worker is worth trying.
 */
export const FRAME_TIMEOUT_CEILING_MS = 8000;
/** The limit is this many times the slowest of the recent frames. */
export const TIMEOUT_SLOWEST = 3;
/**
 * A model's first frames also pay for its lazy set-up: up to 3 s on a quiet machine, more than
 * 6 s three times running under a load average of 26 while the service worker precached the app,
 * and 3.2-5.3 s for MediaPipe Full's first frame after a restart at load 22. They are waited for.
 */
export const FIRST_FRAMES_TIMEOUT_MS = 20_000;
export const FIRST_FRAMES = 3;

/** The limit for the next frame, given the inference times of the recent ones (oldest first). */
export function frameTimeoutMs(recentMs: readonly number[]): number {
  if (recentMs.length < FIRST_FRAMES) return FIRST_FRAMES_TIMEOUT_MS;
  const followed = TIMEOUT_SLOWEST * Math.max(...recentMs);
  return Math.min(FRAME_TIMEOUT_CEILING_MS, Math.max(FRAME_TIMEOUT_FLOOR_MS, followed));
}
