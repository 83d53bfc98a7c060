import { videoError } from '../pipeline-errors';
import type { FrameSink, FrameSource } from './frame-source';
import { FILE_STEP_MS } from './file-sampling';
import { findLastFrameTimeMs } from './find-last-frame';
import { clampSeekMs } from './last-frame-time';
import { grabFrame } from './video-frame-loop';

/** Seeks and resolves once the frame at that time is on screen, or the file was closed meanwhile. */
function seekTo(video: HTMLVideoElement, mediaTimeMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      video.removeEventListener('seeked', done);
      video.removeEventListener('emptied', done);
      resolve();
    };
    video.addEventListener('seeked', done);
    video.addEventListener('emptied', done);
    video.currentTime = mediaTimeMs / 1000;
  });
}

/**
 * Loads a video file the person chose into `video`; rejects with a PipelineError if unplayable.
 * The file is stepped through at the pace of the analysis (slower than real time on a slow computer).
 */
export async function openVideoFile(file: File, video: HTMLVideoElement): Promise<FrameSource> {
  const url = URL.createObjectURL(file);
  video.srcObject = null;
  video.muted = true;
  video.playsInline = true;
  video.loop = false;
  video.src = url;

  const release = () => {
    video.pause();
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const cleanup = () => {
        video.removeEventListener('loadeddata', onLoaded);
        video.removeEventListener('error', onError);
      };
      const onLoaded = () => {
        cleanup();
        resolve();
      };
      const onError = () => {
        cleanup();
        reject(videoError(video.error?.code, video.error?.message));
      };
      video.addEventListener('loadeddata', onLoaded);
      video.addEventListener('error', onError);
    });
  } catch (error) {
    release();
    throw error;
  }

  let stopped = false;
  let detach: (() => void) | undefined;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    detach?.();
    release();
  };

  return {
    kind: 'file',
    label: file.name,
    mirrored: false,
    video,
    start(sink: FrameSink) {
      const onError = () => {
        const error = videoError(video.error?.code, video.error?.message);
        stop();
        sink.onError(error);
      };
      video.addEventListener('error', onError);
      detach = () => video.removeEventListener('error', onError);
      // A recording has no need to keep up with a clock: it is stepped through by seeking, one
      // frame every FILE_STEP_MS of media time, and the next seek waits until the frame before is
      // analysed. So no frame is ever dropped, however slow the machine, and the app sees the same
      // frames as the evaluation, which samples the footage at the same rate.
      const stepThrough = async () => {
        // No seek past the last frame: nothing would be there to draw (last-frame-time.ts).
        const lastFrameMs = await findLastFrameTimeMs(video);
        if (stopped) return;
        for (
          let mediaTimeMs = 0;
          mediaTimeMs <= video.duration * 1000;
          mediaTimeMs += FILE_STEP_MS
        ) {
          await seekTo(video, clampSeekMs(mediaTimeMs, lastFrameMs));
          if (stopped) return;
          const timestampMs = mediaTimeMs;
          const grab = async () => {
            if (stopped) throw new Error('file closed');
            return { bitmap: await grabFrame(video), timestampMs };
          };
          await sink.onFrame(grab).catch(() => undefined);
          if (stopped) return;
        }
        sink.onEnded?.();
      };
      void stepThrough();
    },
    stop,
  };
}
