import { describe, expect, it } from 'vitest';
import {
  clampSeekMs,
  FALLBACK_FRAME_INTERVAL_MS,
  lastFrameTimeMs,
} from '../../../src/pose/sources/last-frame-time';

describe('last frame time', () => {
  it('takes the time of the frame presented at the end when it lies within the recording', () => {
    // The 10 s 1080p clip of the bug: container 9.967 s, last frame 9.933 s.
    expect(lastFrameTimeMs(9966.667, 9933.333)).toBeCloseTo(9933.333);
    expect(lastFrameTimeMs(6000, 5900)).toBe(5900);
  });

  it('falls back to one slow frame before the end when nothing sensible was presented', () => {
    expect(lastFrameTimeMs(9966.667)).toBeCloseTo(9966.667 - FALLBACK_FRAME_INTERVAL_MS);
    expect(lastFrameTimeMs(9966.667, Number.NaN)).toBeCloseTo(9866.667);
    expect(lastFrameTimeMs(9966.667, 12_000)).toBeCloseTo(9866.667);
    expect(lastFrameTimeMs(9966.667, -1)).toBeCloseTo(9866.667);
    expect(lastFrameTimeMs(50)).toBe(0);
  });

  it('does not clamp when the duration is unknown', () => {
    expect(lastFrameTimeMs(Number.POSITIVE_INFINITY, 500)).toBe(Number.POSITIVE_INFINITY);
    expect(lastFrameTimeMs(Number.NaN)).toBe(Number.POSITIVE_INFINITY);
    expect(clampSeekMs(12_345, lastFrameTimeMs(Number.POSITIVE_INFINITY))).toBe(12_345);
  });

  it('clamps seeks at or past the last frame to it, and leaves earlier ones alone', () => {
    const last = lastFrameTimeMs(9966.667, 9933.333);
    expect(clampSeekMs(9900, last)).toBe(9900);
    expect(clampSeekMs(9966.667, last)).toBeCloseTo(9933.333);
    expect(clampSeekMs(10_000, last)).toBeCloseTo(9933.333);
    expect(clampSeekMs(-5, last)).toBe(0);
  });
});
