import type { Side } from '../types';
import type { CompletedRep, RepEnd } from './rep-counter';

/** The running count of repetitions, in total and per side, shared by every counting style. */
export interface RepTally {
  /** The rep under way started at `t` (kept if one is already under way). */
  start(t: number): void;
  /** The side this rep belongs to (the first side seen at its top). */
  side(side: Side | undefined): void;
  /** The rep under way is complete at `t`; `short` names the ends it fell short of. */
  complete(t: number, short?: readonly RepEnd[]): CompletedRep;
  /** The rep under way as `complete(t, short)` would give it, without completing it. */
  preview(t: number, short?: readonly RepEnd[]): CompletedRep;
  /** The rep under way is forgotten (turned back, out of position, a camera cut). */
  drop(): void;
  readonly reps: number;
  readonly repsBySide: Record<Side, number>;
  readonly startedAtMs: number | null;
  reset(): void;
}

export function createRepTally(): RepTally {
  let reps = 0;
  let repsBySide: Record<Side, number> = { left: 0, right: 0 };
  let startedAtMs: number | null = null;
  let repSide: Side | undefined;
  return {
    start(t) {
      startedAtMs ??= t;
    },
    side(side) {
      repSide ??= side;
    },
    preview(t, short = []) {
      const from = startedAtMs ?? t;
      return {
        rep: reps + 1,
        startedAtMs: from,
        atMs: t,
        durationMs: t - from,
        ...(repSide ? { side: repSide } : {}),
        ...(short.length > 0 ? { short: [...short] } : {}),
      };
    },
    complete(t, short = []) {
      const done = this.preview(t, short);
      reps++;
      if (repSide) repsBySide = { ...repsBySide, [repSide]: repsBySide[repSide] + 1 };
      startedAtMs = null;
      repSide = undefined;
      return done;
    },
    drop() {
      startedAtMs = null;
      repSide = undefined;
    },
    get reps() {
      return reps;
    },
    get repsBySide() {
      return repsBySide;
    },
    get startedAtMs() {
      return startedAtMs;
    },
    reset() {
      this.drop();
      reps = 0;
      repsBySide = { left: 0, right: 0 };
    },
  };
}
