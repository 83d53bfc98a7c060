/**
 * Feeds frames to the pose estimator with backpressure: at most one frame in flight; while the
 * estimator is busy, a newer frame replaces the waiting one instead of queueing, so the picture
 * analysed is always the latest and latency never builds up.
 *
 * Frames are announced, not copied: a source offers a way to grab the picture, and the pump grabs
 * it only when the estimator is free. Grabbing every camera frame and throwing most away cost the
 * main thread 5x more (helper B's benchmark: 122 vs 21 ms a result, 8 grabs per result).
 */
import type { PoseDetection } from './pose-estimator';

/** What a frame must offer: ImageBitmap in the app, a fake in tests. */
export interface Closable {
  close(): void;
}

/** Copies the picture of an announced frame; rejects when the source has gone away meanwhile. */
export type FrameGrab<B> = () => Promise<{ bitmap: B; timestampMs: number }>;

export type Detect<B> = (bitmap: B, timestampMs: number) => Promise<PoseDetection>;

export interface FramePumpStats {
  /** Frames handed to the estimator and answered. */
  processed: number;
  /** Of those, frames in which at least one person was found. */
  detected: number;
  /** Frames replaced by a newer one before the estimator could take them. */
  dropped: number;
  /** Answered frames per second over the last couple of seconds. */
  fps: number;
  /** Median inference time of recent frames, in ms (0 before the first). */
  inferenceMs: number;
}

export interface FramePumpHandlers {
  onResult(detection: PoseDetection): void;
  onError(error: unknown): void;
  /** Clock for the fps figure; performance.now in the app. */
  now?: () => number;
}

interface Frame<B> {
  grab: FrameGrab<B>;
  /** Settles the promise offer() returned for this frame. */
  done: () => void;
}

const FPS_WINDOW_MS = 2000;
const INFERENCE_WINDOW = 30;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export class FramePump<B extends Closable> {
  private inFlight = false;
  private pending: Frame<B> | undefined;
  private stopped = false;
  private processed = 0;
  private detected = 0;
  private dropped = 0;
  private readonly answeredAt: number[] = [];
  private readonly inferenceTimes: number[] = [];
  private readonly now: () => number;

  constructor(
    private readonly detect: Detect<B>,
    private readonly handlers: FramePumpHandlers,
  ) {
    this.now = handlers.now ?? (() => performance.now());
  }

  /**
   * Announces a new frame. The promise settles when the frame has been analysed, failed or been
   * dropped: a video file waits for it so that no frame of a recording is skipped, a camera does not.
   */
  offer(grab: FrameGrab<B>): Promise<void> {
    return new Promise((done) => {
      if (this.stopped) return done();
      const frame = { grab, done };
      if (!this.inFlight) return this.send(frame);
      if (this.pending) {
        this.pending.done();
        this.dropped++;
      }
      this.pending = frame;
    });
  }

  /** Stops sending; a waiting frame is dropped and a late answer is ignored. */
  stop(): void {
    this.stopped = true;
    this.pending?.done();
    this.pending = undefined;
  }

  get stats(): FramePumpStats {
    return {
      processed: this.processed,
      detected: this.detected,
      dropped: this.dropped,
      fps: this.fps(),
      inferenceMs: median(this.inferenceTimes),
    };
  }

  private fps(): number {
    const now = this.now();
    const recent = this.answeredAt.filter((t) => now - t <= FPS_WINDOW_MS);
    if (recent.length < 2) return 0;
    return ((recent.length - 1) * 1000) / (recent[recent.length - 1]! - recent[0]!);
  }

  private record(detection: PoseDetection): void {
    this.processed++;
    if (detection.poses.length > 0) this.detected++;
    const now = this.now();
    this.answeredAt.push(now);
    while (this.answeredAt.length > 0 && now - this.answeredAt[0]! > FPS_WINDOW_MS) {
      this.answeredAt.shift();
    }
    this.inferenceTimes.push(detection.inferenceMs);
    if (this.inferenceTimes.length > INFERENCE_WINDOW) this.inferenceTimes.shift();
  }

  private async run(frame: Frame<B>): Promise<void> {
    let grabbed: Awaited<ReturnType<FrameGrab<B>>>;
    try {
      grabbed = await frame.grab();
    } catch {
      return; // The source went away between announcing and grabbing: nothing to analyse.
    }
    if (this.stopped) return grabbed.bitmap.close();
    try {
      const detection = await this.detect(grabbed.bitmap, grabbed.timestampMs);
      if (this.stopped) return;
      this.record(detection);
      this.handlers.onResult(detection);
    } catch (error) {
      if (!this.stopped) this.handlers.onError(error);
    }
  }

  private send(frame: Frame<B>): void {
    this.inFlight = true;
    void this.run(frame).finally(() => {
      this.inFlight = false;
      frame.done();
      const next = this.pending;
      this.pending = undefined;
      if (next && !this.stopped) this.send(next);
    });
  }
}
