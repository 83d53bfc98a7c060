/** The programme's general rules, in our own words, shown where they matter. */
export const GENERAL_RULES: readonly string[] = [
  'Train 3-4 times a week, and stop well before exhaustion.',
  'Increase the load gradually, over weeks.',
  'No sudden movements, twists, lunges or jumps.',
  'Keep breathing; never hold your breath.',
  'Quality over quantity: a few good repetitions beat many sloppy ones.',
  'Wear comfortable clothing that lets you move freely.',
  'Regularity is what brings results.',
];
