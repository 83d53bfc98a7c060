/**
 * Hips level in the prone lifts: the hips' line rolling from its tilt at rest as a leg lifts, on a
 * sketched side view whose far hip rises with the lift, and on recorded lifts.
 */
import { describe, expect, it } from 'vitest';
import { createFormEngine } from '../../../../src/form/engine';
import { exerciseSpec } from '../helpers/content';
import { runClip } from '../helpers/fixtures';
import { sideViewFrame, type Figure } from '../helpers/synthetic-pose';

/** Lying face down, facing left (left side near), arms reaching forward on the floor. */
const lying: Figure = {
  nose: [0.19, 0.67],
  ear: [0.22, 0.66],
  shoulder: [0.3, 0.68],
  elbow: [0.2, 0.72],
  wrist: [0.1, 0.74],
  hip: [0.55, 0.69],
  knee: [0.7, 0.71],
  ankle: [0.85, 0.73],
};
/** The far side stacked just behind the near one, as the synthetic side view places it. */
const behind = (figure: Figure): Figure =>
  Object.fromEntries(
    Object.entries(figure).map(([joint, [x, y]]) => [joint, [x + 0.004, y - 0.004]]),
  ) as Figure;

/** The figure with the given joints raised by `by` (frame heights). */
function raised(figure: Figure, by: number, joints = Object.keys(figure) as (keyof Figure)[]) {
  const out: Figure = { ...figure };
  for (const joint of joints) {
    const [x, y] = figure[joint]!;
    out[joint] = [x, y - by];
  }
  return out;
}

/**
 * Rests lying then lifts, three times: the near (left) arm and the far (right) leg for the
 * alternating lift, both arms and legs for the superman. The far side shows `cameraRise` above the
 * near one throughout (a camera looking down), and during the lift the far hip and its whole leg
 * come up a further `rollRise` (the pelvis rolled). Returns the seconds hips-not-level was shown.
 */
function hipFaultSeconds(exercise: string, rollRise: number, cameraRise = 0): number {
  const armUp: Figure = { elbow: [0.2, 0.64], wrist: [0.1, 0.6] };
  const legUp: Figure = { knee: [0.7, 0.66], ankle: [0.85, 0.62] };
  const superman = exercise === 'superman';
  const rest = { near: lying, far: raised(behind(lying), cameraRise) };
  const top = {
    near: { ...lying, ...armUp, ...(superman ? legUp : {}) },
    far: raised(
      raised(behind({ ...lying, ...legUp, ...(superman ? armUp : {}) }), cameraRise),
      rollRise,
      ['hip', 'knee', 'ankle'],
    ),
  };
  const engine = createFormEngine(exerciseSpec(exercise));
  let t = 0;
  const hold = (shape: { near: Figure; far: Figure }, ms: number) => {
    for (const end = t + ms; t < end; t += 50)
      engine.update(sideViewFrame(shape.near, { far: shape.far, timestampMs: t }));
  };
  for (let rep = 0; rep < 3; rep++) {
    hold(rest, 1500);
    hold(top, 2000);
  }
  hold(rest, 1000);
  const summary = engine.summary();
  expect(summary.reps).toBe(3);
  return summary.faultSeconds['hips-not-level'] ?? 0;
}

/** Frame height that turns a roll of `deg` into the far hip's rise: hips 0.3 m apart, 2 m frames. */
const riseFor = (deg: number) => (0.3 * Math.tan((deg * Math.PI) / 180)) / 2;

describe('hips level in prone lifts', () => {
  for (const exercise of ['prone-alternating-lift', 'superman']) {
    it(`${exercise}: names one hip coming up with its leg`, () => {
      expect(hipFaultSeconds(exercise, riseFor(40))).toBeGreaterThan(2);
      expect(hipFaultSeconds(exercise, riseFor(5))).toBe(0);
    });
  }

  it('measures from the rest, so a camera angle that tilts the hips is not a roll', () => {
    expect(hipFaultSeconds('prone-alternating-lift', riseFor(5), riseFor(35))).toBe(0);
    expect(hipFaultSeconds('prone-alternating-lift', riseFor(40), riseFor(20))).toBeGreaterThan(2);
  });

  it('keeps quiet on a demonstrator lifting alternate legs about 30 degrees', () => {
    for (const exercise of ['superman', 'prone-alternating-lift']) {
      const { summary } = runClip('superman-tutorial', exercise);
      expect(summary.faultSeconds['hips-not-level'] ?? 0, exercise).toBe(0);
    }
  });
});
