/** A set's form score over time for a chart: about `perSecond` points a second, null where unjudged. */
export function scoreSeries(
  frames: readonly { t: number; score: number | null }[],
  perSecond = 4,
): { seconds: number[]; scores: (number | null)[] } {
  const step = 1000 / perSecond;
  const seconds: number[] = [];
  const scores: (number | null)[] = [];
  let nextAt = -Infinity;
  for (const frame of frames) {
    if (frame.t < nextAt) continue;
    nextAt = frame.t + step - 1;
    seconds.push(Math.round(frame.t / 100) / 10);
    scores.push(frame.score);
  }
  return { seconds, scores };
}
