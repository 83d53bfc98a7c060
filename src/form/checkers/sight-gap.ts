/**
 * The engine passes a checker no frame while the person is out of sight (or a part it needs is out
 * of the picture). A checker that follows something over frames (a settling, a swing, a rest to
 * measure from) must not join what it saw before such a gap to what it sees after: the person may
 * have got up, moved or changed position meanwhile. A gap longer than the exercise's holdExitMs,
 * after which the engine itself pauses a hold and drops a rep under way, ends what was followed.
 */

/**
 * Returns, for each frame judged, whether the person has just come back from a gap longer than
 * `maxGapMs` (or time went backwards: a new recording).
 */
export function createSightGap(maxGapMs: number): (timestampMs: number) => boolean {
  let lastSeenMs: number | null = null;
  return (timestampMs) => {
    const gap = lastSeenMs === null ? 0 : timestampMs - lastSeenMs;
    lastSeenMs = timestampMs;
    return gap > maxGapMs || gap < 0;
  };
}
