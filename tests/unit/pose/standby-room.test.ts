import { describe, expect, it } from 'vitest';
import { roomForStandby, STANDBY_MIN_DEVICE_GB } from '../../../src/pose/standby-room';

describe('room for a standby pose worker', () => {
  it('is there from 4 GB of device memory up, not below', () => {
    expect(STANDBY_MIN_DEVICE_GB).toBe(4);
    expect([0.5, 1, 2, 4, 8].map(roomForStandby)).toEqual([false, false, false, true, true]);
  });

  it('is not assumed where the browser does not say how much memory it has', () => {
    expect(roomForStandby(undefined)).toBe(false);
  });
});
