import type { PoseFrame } from '../../src/pose/landmarks';

/** Main-thread time of one pose result on the workout screen, by step, and its delay to screen. */
export interface OverlayTiming {
  /** The form engine and the workout's view (not the overlay: for comparison). */
  engineMs: number;
  /** Svelte updating the heads-up display's DOM. */
  displayMs: number;
  /** Drawing the fault-aware skeleton on the canvas. */
  skeletonMs: number;
  /** From the result's arrival to the end of the next rendered frame (rAF, then a task after). */
  delayMs: number;
}

export interface OverlayBenchApi {
  /** Replays the frames at `fps` as pose results of `exerciseId`; resolves with every timing. */
  replay(exerciseId: string, frames: PoseFrame[], fps: number): Promise<OverlayTiming[]>;
}

declare global {
  interface Window {
    overlayBench: OverlayBenchApi;
  }
}
