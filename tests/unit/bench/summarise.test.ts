import { describe, expect, it } from 'vitest';
import type { SegmentRecord } from '../../bench/bench-api';
import { percentile, summarise } from '../../bench/summarise';

function segment(overrides: Partial<SegmentRecord>): SegmentRecord {
  return {
    wallMs: 10_000,
    presentedFrames: 300,
    processed: 100,
    detected: 90,
    inferenceMs: [],
    latencyMs: [],
    mainThreadMs: 0,
    mainThreadPartsMs: {},
    grabs: 0,
    longTasksMs: [],
    ...overrides,
  };
}

describe('percentile', () => {
  it('returns an observed value by nearest rank', () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 95)).toBe(5);
    expect(percentile(values, 0)).toBe(1);
  });
});

describe('summarise', () => {
  it('pools segments: fps over wall time, drops as presented minus processed', () => {
    const summary = summarise([
      segment({ processed: 100, detected: 90, presentedFrames: 300 }),
      segment({ processed: 50, detected: 40, presentedFrames: 300 }),
    ]);
    expect(summary.seconds).toBe(20);
    expect(summary.fps).toBe(7.5);
    expect(summary.framesDropped).toBe(450);
    expect(summary.poseFoundShare).toBe(0.867);
  });

  it('counts only the part of each long task beyond 50 ms as blocking', () => {
    const summary = summarise([
      segment({ longTasksMs: [60, 150] }),
      segment({ longTasksMs: [52] }),
    ]);
    expect(summary.longTasks).toEqual({ count: 3, totalBlockingMs: 112, blockingMsPerSecond: 5.6 });
  });

  it('spreads main-thread time over processed frames and wall time', () => {
    const summary = summarise([
      segment({ processed: 100, mainThreadMs: 500, mainThreadPartsMs: { grab: 300, draw: 200 } }),
      segment({ processed: 100, mainThreadMs: 100, mainThreadPartsMs: { grab: 100 } }),
    ]);
    expect(summary.mainThreadMsPerFrame).toBe(3);
    expect(summary.mainThreadMsPerFrameByStep).toEqual({ grab: 2, draw: 1 });
    expect(summary.mainThreadBusyShare).toBe(0.03);
  });
});
