/**
 * Watches who is in the picture: warns when nobody has been seen for a while, or when a second
 * person stays in view (the coach would not know whom to follow). Driven by frame timestamps.
 */
import type { PoseFrame } from './landmarks';
import type { PipelineErrorCode } from './pipeline-errors';

export type PresenceWarning = Extract<PipelineErrorCode, 'nobody-in-frame' | 'two-people'>;

export interface PresenceMonitorOptions {
  /** How long nobody may be seen before the warning, in ms. */
  nobodyAfterMs?: number;
  /** Consecutive frames with two or more people before the warning (one can be a false find). */
  twoPeopleFrames?: number;
}

export class PresenceMonitor {
  private readonly nobodyAfterMs: number;
  private readonly twoPeopleFrames: number;
  private lastSeenMs: number | undefined;
  private firstFrameMs: number | undefined;
  private lastFrameMs: number | undefined;
  private crowdedFrames = 0;

  constructor(options: PresenceMonitorOptions = {}) {
    this.nobodyAfterMs = options.nobodyAfterMs ?? 1500;
    this.twoPeopleFrames = options.twoPeopleFrames ?? 3;
  }

  reset(): void {
    this.lastSeenMs = undefined;
    this.firstFrameMs = undefined;
    this.lastFrameMs = undefined;
    this.crowdedFrames = 0;
  }

  /** The warning that applies after this frame, or undefined when one person is in view. */
  update(frame: PoseFrame): PresenceWarning | undefined {
    // A file opened again or seeked back restarts its clock.
    if (this.lastFrameMs !== undefined && frame.timestampMs < this.lastFrameMs) this.reset();
    this.lastFrameMs = frame.timestampMs;
    this.firstFrameMs ??= frame.timestampMs;
    const count = frame.poses.length;
    if (count > 0) this.lastSeenMs = frame.timestampMs;
    this.crowdedFrames = count >= 2 ? this.crowdedFrames + 1 : 0;

    if (this.crowdedFrames >= this.twoPeopleFrames) return 'two-people';
    const unseenSince = this.lastSeenMs ?? this.firstFrameMs;
    if (count === 0 && frame.timestampMs - unseenSince > this.nobodyAfterMs)
      return 'nobody-in-frame';
    return undefined;
  }
}
