import { describe, expect, it } from 'vitest';
import type { Pose, PoseFrame } from '../../../src/pose/landmarks';
import { PresenceMonitor } from '../../../src/pose/presence-monitor';

const somebody: Pose = { landmarks: [], worldLandmarks: [] };
const frame = (timestampMs: number, people: number): PoseFrame => ({
  timestampMs,
  width: 640,
  height: 480,
  poses: Array.from({ length: people }, () => somebody),
});

describe('PresenceMonitor', () => {
  it('says nothing while one person is in view', () => {
    const monitor = new PresenceMonitor();
    for (let t = 0; t < 5000; t += 100) expect(monitor.update(frame(t, 1))).toBeUndefined();
  });

  it('warns when nobody has been seen for more than 1.5 s, and clears when someone appears', () => {
    const monitor = new PresenceMonitor();
    monitor.update(frame(0, 1));
    expect(monitor.update(frame(1000, 0))).toBeUndefined();
    expect(monitor.update(frame(1500, 0))).toBeUndefined();
    expect(monitor.update(frame(1600, 0))).toBe('nobody-in-frame');
    expect(monitor.update(frame(1700, 1))).toBeUndefined();
  });

  it('warns about an empty scene from the start', () => {
    const monitor = new PresenceMonitor();
    expect(monitor.update(frame(10_000, 0))).toBeUndefined();
    expect(monitor.update(frame(11_600, 0))).toBe('nobody-in-frame');
  });

  it('warns about two people only when the second stays for several frames', () => {
    const monitor = new PresenceMonitor({ twoPeopleFrames: 3 });
    expect(monitor.update(frame(0, 2))).toBeUndefined();
    expect(monitor.update(frame(33, 1))).toBeUndefined();
    expect(monitor.update(frame(66, 2))).toBeUndefined();
    expect(monitor.update(frame(99, 2))).toBeUndefined();
    expect(monitor.update(frame(132, 2))).toBe('two-people');
    expect(monitor.update(frame(165, 1))).toBeUndefined();
  });

  it('starts over when time goes back (file opened again)', () => {
    const monitor = new PresenceMonitor();
    monitor.update(frame(5000, 0));
    expect(monitor.update(frame(0, 0))).toBeUndefined();
    expect(monitor.update(frame(1000, 0))).toBeUndefined();
  });
});
