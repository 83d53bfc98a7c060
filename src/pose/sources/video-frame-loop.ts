/**
 * Calls back once per new video frame: requestVideoFrameCallback where the browser has it,
 * else one check per animation frame for a changed media time.
 */
import { frameSize } from './frame-source';

export interface VideoFrameInfo {
  /** performance.now-based time when the frame was presented. */
  presentedMs: number;
  /** Position in the media, in ms (a file's timeline; for a camera stream it only grows). */
  mediaTimeMs: number;
}

/** Starts the loop; returns a function that stops it. */
export function onVideoFrames(
  video: HTMLVideoElement,
  callback: (info: VideoFrameInfo) => void,
): () => void {
  let stopped = false;
  if (typeof video.requestVideoFrameCallback === 'function') {
    let handle = 0;
    const step: VideoFrameRequestCallback = (now, metadata) => {
      if (stopped) return;
      callback({ presentedMs: now, mediaTimeMs: metadata.mediaTime * 1000 });
      handle = video.requestVideoFrameCallback(step);
    };
    handle = video.requestVideoFrameCallback(step);
    return () => {
      stopped = true;
      video.cancelVideoFrameCallback(handle);
    };
  }
  let lastTime = -1;
  let handle = 0;
  const poll = (now: number) => {
    if (stopped) return;
    if (video.readyState >= 2 && video.currentTime !== lastTime) {
      lastTime = video.currentTime;
      callback({ presentedMs: now, mediaTimeMs: video.currentTime * 1000 });
    }
    handle = requestAnimationFrame(poll);
  };
  handle = requestAnimationFrame(poll);
  return () => {
    stopped = true;
    cancelAnimationFrame(handle);
  };
}

/** Grabs the frame on screen as a bitmap no larger than the model needs. */
export function grabFrame(video: HTMLVideoElement): Promise<ImageBitmap> {
  const size = frameSize(video.videoWidth, video.videoHeight);
  return createImageBitmap(video, {
    resizeWidth: size.width,
    resizeHeight: size.height,
    resizeQuality: 'medium',
  });
}
