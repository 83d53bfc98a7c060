/**
 * A source of frames for the pose pipeline: the webcam or a video file the person opened. Both
 * play into a <video> element that the page shows, and both hand out ImageBitmaps with a timestamp.
 */
import type { FrameGrab } from '../frame-pump';
import type { PipelineError } from '../pipeline-errors';

export type FrameSourceKind = 'camera' | 'file';

export interface FrameSink {
  /**
   * A new frame is on screen; `grab` copies it when the receiver is ready for it (the receiver then
   * owns the bitmap and must close it). The promise settles once the frame is analysed or dropped,
   * so that a file can wait for it rather than skip frames.
   */
  onFrame(grab: FrameGrab<ImageBitmap>): Promise<void>;
  /** The source failed (camera unplugged, file undecodable); it has stopped. */
  onError(error: PipelineError): void;
  /** A video file reached its end. */
  onEnded?(): void;
}

export interface FrameSource {
  readonly kind: FrameSourceKind;
  /** What to show as the source's name (camera label or file name). */
  readonly label: string;
  /** The webcam is shown as a mirror, so moving left moves left on screen; a recording is not. */
  readonly mirrored: boolean;
  /** The element that plays the source; the page shows it. */
  readonly video: HTMLVideoElement;
  start(sink: FrameSink): void;
  /** Stops frames, releases the camera or the file. */
  stop(): void;
}

/** Frames are scaled down to at most this many pixels on their long side: the model sees 256. */
export const MAX_FRAME_SIDE = 640;

/** Size for a frame scaled to fit MAX_FRAME_SIDE, keeping its aspect ratio. */
export function frameSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_FRAME_SIDE / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
