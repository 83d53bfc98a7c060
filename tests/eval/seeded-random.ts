/**
 * A small linear congruential generator, 0 <= value < 1: the evaluation's synthetic perturbations
 * (missed poses, glitched landmarks) hit the same frames on every run. Pure.
 */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
