import { describe, expect, it } from 'vitest';
import { roomForStandby } from '../../../src/pose/standby-room';

describe('room for a standby pose worker', () => {
  it('is there from 4 GB of device memory up, not below', () => {
    expect([0.5, 1, 2, 4, 8].map(roomForStandby)).toEqual([false, false, false, true, true]);
  });

  it('is not assumed where the browser does not say how much memory it has', () => {
    expect(roomForStandby(undefined)).toBe(false);
  });
});
