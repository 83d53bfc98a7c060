import { describe, expect, it } from 'vitest';
import {
  FIRST_FRAMES_TIMEOUT_MS,
  FRAME_TIMEOUT_CEILING_MS,
  FRAME_TIMEOUT_FLOOR_MS,
  frameTimeoutMs,
} from '../../../src/pose/frame-timeout';

describe('frameTimeoutMs', () => {
  it('waits long for the first frames, which pay for the model set-up', () => {
    expect(frameTimeoutMs([])).toBe(FIRST_FRAMES_TIMEOUT_MS);
    expect(frameTimeoutMs([40, 40])).toBe(FIRST_FRAMES_TIMEOUT_MS);
  });

  it('never takes a fast machine for dead sooner than the floor', () => {
    expect(frameTimeoutMs([30, 40, 35])).toBe(FRAME_TIMEOUT_FLOOR_MS);
  });

  it('follows three times the slowest recent frame on a busy machine', () => {
    expect(frameTimeoutMs([900, 1300, 1100])).toBe(3900);
  });

  it('calls a frame that takes longer than the ceiling a hang, whatever the history', () => {
    // pose10 measured frames of up to 6.3 s under load: 3x that waited 18.9 s for a dead worker.
    expect(frameTimeoutMs([1300, 6300, 4400])).toBe(FRAME_TIMEOUT_CEILING_MS);
    expect(FRAME_TIMEOUT_CEILING_MS).toBeLessThan(3 * 6300);
  });
});
