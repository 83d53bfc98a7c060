/**
 * The person's own range of movement, learned from their repetitions: how far a movement must
 * travel to be a repetition rather than a half rep or a fidget.
 *
 * The content file's thresholds (`enter`, `exit`) describe a textbook repetition; people differ
 * (a shallow arch, a rest that sits higher on a thick mat, landmarks that read a few degrees off on
 * another camera), so a repetition is judged against the person's own range once it is known: the
 * median travel of their last few repetitions. A movement counts when it travels at least half of
 * that (it passed the midpoint of their range; turning back earlier is a half rep), and never less
 * than half the textbook span, so that tracking jitter and fidgeting at rest are never repetitions.
 */
import { median } from '../movement/median';

export interface OwnRange {
  /** The travel a movement needs now to be a repetition. */
  readonly requiredTravel: number;
  /** A repetition travelled this far: it becomes part of the person's range. */
  learn(travel: number): void;
  reset(): void;
}

/** Repetitions remembered: a range that shrinks with fatigue is followed within a few reps. */
const REMEMBERED = 3;

export function createOwnRange(textbookSpan: number, { standIns = false } = {}): OwnRange {
  let travels: number[] = [];
  return {
    get requiredTravel() {
      const missing = standIns || travels.length === 0 ? REMEMBERED - travels.length : 0;
      const known = [...travels, ...Array<number>(missing).fill(textbookSpan)];
      return Math.max(textbookSpan, median(known)) / 2;
    },
    learn(travel) {
      travels = [...travels, travel].slice(-REMEMBERED);
    },
    reset() {
      travels = [];
    },
  };
}
