import type { Side } from '../types';
import { createOutAndBackCounter } from './out-and-back-counter';
import { createTextbookRepCounter } from './textbook-rep-counter';
import { createTwoEndedCounter } from './two-ended-counter';

/**
 * How repetitions are read from a movement signal (a number the checker computes per frame, higher
 * meaning further into the movement):
 * - 'out-and-back': from rest up to a held top and back, counted as the person leaves the top.
 * - 'two-ended': the signal swings between two ends held minTopMs, e.g. cat and cow; reaching both
 *   ends, in either order, is one rep.
 * - 'excursion': each excursion from rest to the end of range is one rep, counted as the end is
 *   reached: neck turns and tilts, "left, right" (always against the textbook thresholds).
 */
export type RepStyle = 'out-and-back' | 'two-ended' | 'excursion';

export interface RepCounterOptions {
  style: RepStyle;
  /**
   * The textbook top (or the high end): the signal at or above this. Out-and-back and two-ended
   * counting learn the person's own range and count reps that fall short of it, naming the end.
   */
  enter: number;
  /** The textbook rest (or the low end): the signal at or below this. Must be below `enter`. */
  exit: number;
  /** The top (each end) must last this long to count: one noisy frame is not a rep. */
  minTopMs: number;
  /**
   * 'own' (the default): out-and-back and two-ended reps are judged against the person's own range
   * (out-and-back-counter.ts, two-ended-counter.ts). 'textbook': against the fixed thresholds
   * (textbook-rep-counter.ts), for signals with an absolute meaning such as a circle's sweep.
   */
  range?: 'own' | 'textbook';
}

export type RepEnd = 'high' | 'low';

export interface CompletedRep {
  rep: number;
  startedAtMs: number;
  atMs: number;
  durationMs: number;
  side?: Side;
  /** The ends this rep did not reach by the textbook thresholds (a short range, still counted). */
  short?: RepEnd[];
}

export interface RepCounter {
  /** Feed one frame's signal; returns the rep this frame completed, if any. */
  update(movement: number, timestampMs: number, side?: Side): CompletedRep | null;
  /**
   * At the end of the set: the rep under way that reached its top and had left it, on its way back
   * down, as it would complete; null if there is none. The end of the set cut its return off, not
   * the person, so the set's record counts it (as a physiotherapist would). Only out-and-back
   * counting leaves such a rep: a two-ended rep is complete once its second end is reached, an
   * excursion once its end is.
   */
  cutOffRep(): CompletedRep | null;
  /** Forget a rep in progress (the person left the position): it will not be counted. */
  abort(): void;
  readonly reps: number;
  readonly repsBySide: Record<Side, number>;
  /** The end the signal is confirmed at (top = 'high'), or null in between. */
  readonly at: RepEnd | null;
  /** A rep is under way: it started and is not yet completed or abandoned. */
  readonly inRep: boolean;
  /** When the rep under way started. */
  readonly repStartedAtMs: number | null;
  /**
   * True on the frame a half rep ends: a clear movement that turned back before the midpoint of
   * the person's own range (short of the top) and came back to rest. Not a rep, but worth a range
   * cue. Out-and-back counting against the own range reports it, and excursions (a neck turn
   * that stops short of its end).
   */
  readonly turnedBackShort?: boolean;
  reset(): void;
}

export function createRepCounter(options: RepCounterOptions): RepCounter {
  if (!(options.exit < options.enter)) {
    throw new Error(`rep counter: exit (${options.exit}) must be below enter (${options.enter})`);
  }
  if (options.style === 'excursion' || options.range === 'textbook') {
    return createTextbookRepCounter(options);
  }
  if (options.style === 'two-ended') return createTwoEndedCounter(options);
  return createOutAndBackCounter(options);
}
