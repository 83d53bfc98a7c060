import type { Fault } from '../types';

export interface FaultPersistenceOptions {
  /** A fault seen this long (continuously) becomes active. */
  onMs: number;
  /** An active fault unseen this long is dropped. */
  offMs: number;
}

interface Tracked {
  fault: Fault;
  firstSeenMs: number;
  lastSeenMs: number;
  active: boolean;
}

/**
 * Turns per-frame faults into active faults with hysteresis, so that one frame's jitter neither
 * flashes a fault on the screen nor clears a real one.
 */
export function createFaultPersistence(options: FaultPersistenceOptions) {
  const tracked = new Map<string, Tracked>();
  return {
    update(faults: readonly Fault[], t: number): Fault[] {
      for (const fault of faults) {
        const known = tracked.get(fault.id);
        if (known) {
          known.fault = fault;
          known.lastSeenMs = t;
        } else tracked.set(fault.id, { fault, firstSeenMs: t, lastSeenMs: t, active: false });
      }
      const active: Fault[] = [];
      for (const [id, entry] of tracked) {
        const unseenMs = t - entry.lastSeenMs;
        if (entry.active ? unseenMs >= options.offMs : unseenMs > 0) {
          tracked.delete(id);
          continue;
        }
        if (!entry.active && t - entry.firstSeenMs >= options.onMs) entry.active = true;
        if (entry.active) active.push(entry.fault);
      }
      return active;
    },
    reset() {
      tracked.clear();
    },
  };
}
