/**
 * MediaPipe's VIDEO mode refuses a timestamp that is not larger than the previous one. Callers'
 * clocks can repeat or go back (a file opened again starts at 0; two frames can share a media
 * time), so timestamps are shifted just enough to keep increasing while keeping the spacing
 * between frames, which the landmarker's own tracking uses.
 */
export class MonotonicClock {
  private offsetMs = 0;
  private lastMs = Number.NEGATIVE_INFINITY;

  /** The timestamp to hand to the landmarker for a frame the caller stamped `callerMs`. */
  next(callerMs: number): number {
    let shifted = callerMs + this.offsetMs;
    if (shifted <= this.lastMs) {
      this.offsetMs += this.lastMs + 1 - shifted;
      shifted = this.lastMs + 1;
    }
    this.lastMs = shifted;
    return shifted;
  }
}
