/** What the bench page exposes as `window.bench`, shared by the page and its Node driver. */

export type BenchDelegate = 'CPU' | 'GPU';

export interface LoadTiming {
  /** From the call to a landmarker ready to detect, measured on the main thread, in ms. */
  mainThreadMs: number;
  /** For the worker: its own figure (fetching the model and wasm, building the landmarker). */
  workerReportedMs?: number;
  delegate: string;
  delegateReason?: string;
}

/** Raw measurements of one timed stretch of one pipeline; the driver pools and summarises them. */
export interface SegmentRecord {
  wallMs: number;
  /** Camera frames the page was shown during the stretch (from requestVideoFrameCallback). */
  presentedFrames: number;
  /** Frames with a result drawn. */
  processed: number;
  /** Of those, frames with a person found. */
  detected: number;
  /** Per processed frame, in ms. Latency runs from the frame's requestVideoFrameCallback (the time
   * the app stamps a camera frame with) to its skeleton drawn. */
  inferenceMs: number[];
  latencyMs: number[];
  /** Main-thread time spent in our code, summed over the stretch. */
  mainThreadMs: number;
  /** The same time by step (grab, handOver, results; baseline: detect, results), summed. */
  mainThreadPartsMs: Record<string, number>;
  /** Frames copied out of the video (the baseline reads the video element once per result). */
  grabs: number;
  /** Durations of the main thread's long tasks (> 50 ms) during the stretch. */
  longTasksMs: number[];
}

export interface BenchApi {
  /** Starts the (fake) camera into the page's video element. */
  startCamera(): Promise<{ width: number; height: number }>;
  loadWorker(delegate: BenchDelegate, modelPath: string): Promise<LoadTiming>;
  loadBaseline(delegate: BenchDelegate, modelPath: string): Promise<LoadTiming>;
  /** Runs a pipeline for warmupMs unrecorded, then records durationMs. */
  runWorker(warmupMs: number, durationMs: number): Promise<SegmentRecord>;
  runBaseline(warmupMs: number, durationMs: number): Promise<SegmentRecord>;
  /** Closes the loaded landmarkers. */
  closeAll(): void;
}
