import type { Figure } from './synthetic-pose';

/**
 * Hand-made stick figures (normalised coordinates in a 1280x720 frame, facing left, y down), used
 * wherever a test needs a body in a known shape. Heights are chosen so that angles are obvious.
 */

/** Forearm plank, body straight: shoulder-hip-ankle 180 degrees, elbows under the shoulders. */
export const straightForearmPlank: Figure = {
  nose: [0.2, 0.5],
  ear: [0.23, 0.49],
  shoulder: [0.3, 0.52],
  elbow: [0.3, 0.7],
  wrist: [0.2, 0.72],
  hip: [0.5, 0.585],
  knee: [0.65, 0.6325],
  ankle: [0.8, 0.68],
  heel: [0.81, 0.67],
  foot: [0.79, 0.72],
};

/** Standing tall, side-on. */
export const standingSide: Figure = {
  nose: [0.48, 0.12],
  ear: [0.5, 0.12],
  shoulder: [0.5, 0.25],
  elbow: [0.5, 0.4],
  wrist: [0.5, 0.52],
  hip: [0.5, 0.55],
  knee: [0.5, 0.72],
  ankle: [0.5, 0.9],
  heel: [0.51, 0.92],
  foot: [0.46, 0.93],
};

/** Moves one joint of a figure (returns a new figure). */
export function withJoint(figure: Figure, joint: keyof Figure, xy: [number, number]): Figure {
  return { ...figure, [joint]: xy };
}

/** Lying on the back, knees bent, feet flat: the glute bridge's rest (hips down). */
export const bridgeRest: Figure = {
  nose: [0.2, 0.72],
  ear: [0.22, 0.74],
  shoulder: [0.3, 0.75],
  elbow: [0.4, 0.76],
  wrist: [0.5, 0.76],
  hip: [0.55, 0.75],
  knee: [0.66, 0.55],
  ankle: [0.68, 0.76],
  heel: [0.67, 0.77],
  foot: [0.74, 0.77],
};

/** The bridge's top: hips lifted into the shoulder-knee line. */
export const bridgeTop: Figure = { ...bridgeRest, hip: [0.5, 0.64] };

/** Blends two figures joint by joint: 0 gives `a`, 1 gives `b`. */
export function blend(a: Figure, b: Figure, amount: number): Figure {
  const out: Figure = {};
  for (const joint of Object.keys(a) as (keyof Figure)[]) {
    const p = a[joint];
    const q = b[joint] ?? p;
    if (p && q) out[joint] = [p[0] + (q[0] - p[0]) * amount, p[1] + (q[1] - p[1]) * amount];
  }
  return out;
}

/** On all fours, back level, head in line with the back: table-top (cat-cow, bird-dog). */
export const allFours: Figure = {
  nose: [0.2, 0.44],
  ear: [0.24, 0.43],
  shoulder: [0.32, 0.45],
  elbow: [0.32, 0.6],
  wrist: [0.32, 0.75],
  hip: [0.62, 0.45],
  knee: [0.62, 0.75],
  ankle: [0.8, 0.76],
};

/** Lying face down, arms reaching forward on the floor: the prone lifts' rest. */
export const lyingProne: Figure = {
  nose: [0.19, 0.67],
  ear: [0.22, 0.66],
  shoulder: [0.3, 0.68],
  elbow: [0.2, 0.72],
  wrist: [0.1, 0.74],
  hip: [0.55, 0.69],
  knee: [0.7, 0.71],
  ankle: [0.85, 0.73],
};

/** The far side's joints stacked just behind the near side's, as a side view shows them. */
export function farSideBehind(figure: Figure): Figure {
  return Object.fromEntries(
    Object.entries(figure).map(([joint, [x, y]]) => [joint, [x + 0.004, y - 0.004]]),
  ) as Figure;
}
