import { videoError } from '../pipeline-errors';
import type { FrameSink, FrameSource } from './frame-source';
import { grabFrame, onVideoFrames } from './video-frame-loop';

/**
 * Loads a video file the person chose into `video`; rejects with a PipelineError if unplayable.
 * The file plays at the pace of the analysis (slower than real time on a slow computer).
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

  let stopLoop: (() => void) | undefined;
  let stopped = false;
  let detach: (() => void) | undefined;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopLoop?.();
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
      const onEnded = () => sink.onEnded?.();
      video.addEventListener('error', onError);
      video.addEventListener('ended', onEnded);
      detach = () => {
        video.removeEventListener('error', onError);
        video.removeEventListener('ended', onEnded);
      };
      // A recording has no need to keep up with a clock: it pauses on each frame until that frame
      // is analysed, so every frame the model has time for is seen, however slow the machine.
      // A frame already on its way to the screen can still arrive after pause(): play again only
      // when every frame handed over is done.
      let outstanding = 0;
      const resume = () => {
        if (stopped || video.ended || outstanding > 0) return;
        // play() also rejects when a pause() interrupts it, which happens on every frame here;
        // a file that cannot be decoded is reported by the 'error' event instead.
        video.play().catch(() => undefined);
      };
      stopLoop = onVideoFrames(video, ({ mediaTimeMs }) => {
        video.pause();
        outstanding++;
        const grab = async () => {
          if (stopped) throw new Error('file closed');
          return { bitmap: await grabFrame(video), timestampMs: mediaTimeMs };
        };
        void sink.onFrame(grab).finally(() => {
          outstanding--;
          resume();
        });
      });
      resume();
    },
    stop,
  };
}
