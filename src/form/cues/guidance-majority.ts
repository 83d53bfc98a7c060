/**
 * Guidance that comes and goes is still the reason. A person framed from the waist up, doing
 * shoulder circles, has their hips guessed into the picture on some frames and cut off on others:
 * "move back" then shows for half a second at a time and is never said, because guidance must last
 * to be spoken. This follows which guidance was asked for over the last few seconds and gives the
 * one asked for most of that time, so the engine can keep saying it through the gaps.
 */
import type { Guidance } from '../types';

export interface GuidanceMajority {
  /** Feeds this frame's guidance (null: none); returns the guidance asked for most of the window. */
  update(t: number, guidance: Guidance | null): Guidance | null;
  reset(): void;
}

/** More than this share of the window's frames: "most of" the time. */
const MAJORITY = 0.5;

export function createGuidanceMajority(windowMs: number): GuidanceMajority {
  let recent: { t: number; guidance: Guidance | null }[] = [];
  return {
    update(t, guidance) {
      recent.push({ t, guidance });
      recent = recent.filter((r) => t - r.t <= windowMs);
      // Too little seen yet to say what most of the time was.
      if (t - recent[0]!.t < windowMs / 2) return null;
      const counts = new Map<Guidance, number>();
      for (const r of recent) {
        if (r.guidance) counts.set(r.guidance, (counts.get(r.guidance) ?? 0) + 1);
      }
      for (const [id, n] of counts) if (n > MAJORITY * recent.length) return id;
      return null;
    },
    reset() {
      recent = [];
    },
  };
}
