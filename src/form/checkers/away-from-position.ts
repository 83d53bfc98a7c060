/**
 * When a checker that follows something over frames (a top's height, a settling, a circle's sweep,
 * a rest to measure from) should forget it: the person is back in position after being away from
 * it, out of sight or out of position, for longer than `maxAwayMs` (the exercise's holdExitMs,
 * after which the engine pauses a hold and drops a rep under way), or time went back.
 *
 * A shorter absence is a glitch, not a new start: the model loses or misplaces a landmark for a
 * frame or two (the ears of a face turned to the floor, a foot behind the other). Forgetting on
 * every such frame, with a fifth of the frames glitched (`npm run eval -- --glitched 0.2`), a pike
 * push-up lost its top and one of its 3 reps, a child's pose its settling and 5.6 of its 28.3 s,
 * and a hip circle its sweep (tests/unit/form/glitched-landmarks.test.ts).
 */
export function createAwayFromPosition(maxAwayMs: number) {
  let lastInPositionMs: number | null = null;
  /** Feed each frame the checker judges; true when what it followed is to be forgotten now. */
  return (timestampMs: number, inPosition: boolean): boolean => {
    if (lastInPositionMs !== null && timestampMs < lastInPositionMs) {
      lastInPositionMs = inPosition ? timestampMs : null;
      return true;
    }
    if (!inPosition) return false;
    const away = lastInPositionMs !== null && timestampMs - lastInPositionMs > maxAwayMs;
    lastInPositionMs = timestampMs;
    return away;
  };
}
