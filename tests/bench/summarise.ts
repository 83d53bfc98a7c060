/** Pools the bench page's raw segment records into the figures the benchmark prints. */
import type { SegmentRecord } from './bench-api';

export interface PipelineSummary {
  seconds: number;
  framesPresented: number;
  framesProcessed: number;
  /** Shown camera frames that never got a result (skipped while the model was busy). */
  framesDropped: number;
  poseFoundShare: number;
  fps: number;
  inferenceMs: { median: number; p95: number };
  latencyMs: { median: number; p95: number };
  mainThreadMsPerFrame: number;
  /** The same by step (grab, handOver, results in the worker pipelines; detect, results in the baseline). */
  mainThreadMsPerFrameByStep: Record<string, number>;
  /** Frames copied out of the video per result: above 1, grabs were wasted on replaced frames. */
  grabsPerFrame: number;
  /** Share of wall time the main thread spent in our code. */
  mainThreadBusyShare: number;
  longTasks: { count: number; totalBlockingMs: number; blockingMsPerSecond: number };
}

/** Nearest-rank percentile: an observed value, no interpolation. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

export function summarise(records: readonly SegmentRecord[]): PipelineSummary {
  const sum = (pick: (r: SegmentRecord) => number) => records.reduce((a, r) => a + pick(r), 0);
  const all = (pick: (r: SegmentRecord) => number[]) => records.flatMap(pick);
  const seconds = sum((r) => r.wallMs) / 1000;
  const processed = sum((r) => r.processed);
  const presented = sum((r) => r.presentedFrames);
  const longTasks = all((r) => r.longTasksMs);
  const blocking = longTasks.reduce((a, d) => a + Math.max(0, d - 50), 0);
  const inference = all((r) => r.inferenceMs);
  const latency = all((r) => r.latencyMs);
  return {
    seconds: round(seconds),
    framesPresented: presented,
    framesProcessed: processed,
    framesDropped: Math.max(0, presented - processed),
    poseFoundShare: round(processed ? sum((r) => r.detected) / processed : 0, 3),
    fps: round(seconds ? processed / seconds : 0, 2),
    inferenceMs: {
      median: round(percentile(inference, 50)),
      p95: round(percentile(inference, 95)),
    },
    latencyMs: {
      median: round(percentile(latency, 50)),
      p95: round(percentile(latency, 95)),
    },
    mainThreadMsPerFrame: round(processed ? sum((r) => r.mainThreadMs) / processed : 0, 2),
    mainThreadMsPerFrameByStep: Object.fromEntries(
      [...new Set(records.flatMap((r) => Object.keys(r.mainThreadPartsMs)))].map((step) => [
        step,
        round(processed ? sum((r) => r.mainThreadPartsMs[step] ?? 0) / processed : 0, 2),
      ]),
    ),
    grabsPerFrame: round(processed ? sum((r) => r.grabs) / processed : 0, 2),
    mainThreadBusyShare: round(seconds ? sum((r) => r.mainThreadMs) / 1000 / seconds : 0, 3),
    longTasks: {
      count: longTasks.length,
      totalBlockingMs: round(blocking, 0),
      blockingMsPerSecond: round(seconds ? blocking / seconds : 0),
    },
  };
}
