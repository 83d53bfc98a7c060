/**
 * Smooths the first (most confident) pose of each frame with a One Euro filter per coordinate.
 * Pure and timestamp-driven: live view, form engine and evaluation get the same numbers from the
 * same frames. Other poses pass through untouched (they only serve the "two people" warning).
 */
import type { Landmark, Pose, PoseFrame } from './landmarks';
import { OneEuroFilter, type OneEuroParams } from './one-euro-filter';
import { keepSides } from './side-continuity';

/** Tuned for coordinates of about unit range (normalised image space, metres). */
export const DEFAULT_SMOOTHING: OneEuroParams = { minCutoff: 1.5, beta: 10, dCutoff: 1 };

export interface PoseSmootherOptions {
  params?: OneEuroParams;
  /** A longer gap between frames starts afresh instead of gliding from a stale position. */
  maxGapMs?: number;
}

const AXES = ['x', 'y', 'z'] as const;

class LandmarkSetFilter {
  private readonly filters = new Map<number, OneEuroFilter>();
  constructor(private readonly params: OneEuroParams) {}

  apply<L extends Landmark>(points: readonly L[], timestampMs: number): L[] {
    return points.map((point, i) => {
      const smoothed = { ...point };
      for (const [a, axis] of AXES.entries()) {
        const key = i * AXES.length + a;
        let filter = this.filters.get(key);
        if (!filter) {
          filter = new OneEuroFilter(this.params);
          this.filters.set(key, filter);
        }
        smoothed[axis] = filter.filter(point[axis], timestampMs);
      }
      return smoothed;
    });
  }
}

export class PoseSmoother {
  private readonly params: OneEuroParams;
  private readonly maxGapMs: number;
  private image: LandmarkSetFilter;
  private world: LandmarkSetFilter;
  private lastTimestampMs: number | undefined;
  /** The last pose fed in, sides kept (see side-continuity.ts). */
  private lastRaw: Pose | null = null;

  constructor(options: PoseSmootherOptions = {}) {
    this.params = options.params ?? DEFAULT_SMOOTHING;
    this.maxGapMs = options.maxGapMs ?? 500;
    this.image = new LandmarkSetFilter(this.params);
    this.world = new LandmarkSetFilter(this.params);
  }

  reset(): void {
    this.image = new LandmarkSetFilter(this.params);
    this.world = new LandmarkSetFilter(this.params);
    this.lastTimestampMs = undefined;
    this.lastRaw = null;
  }

  smooth<F extends PoseFrame>(frame: F): F {
    const [first, ...others] = frame.poses;
    if (!first) {
      this.reset();
      return frame;
    }
    const last = this.lastTimestampMs;
    if (
      last !== undefined &&
      (frame.timestampMs < last || frame.timestampMs - last > this.maxGapMs)
    ) {
      this.reset();
    }
    this.lastTimestampMs = frame.timestampMs;
    const sided = keepSides(first, this.lastRaw);
    this.lastRaw = sided;
    const smoothed: Pose = {
      landmarks: this.image.apply(sided.landmarks, frame.timestampMs),
      worldLandmarks: this.world.apply(sided.worldLandmarks, frame.timestampMs),
    };
    return { ...frame, poses: [smoothed, ...others] };
  }
}
