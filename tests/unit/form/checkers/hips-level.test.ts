/**
 * Hips level in the prone lifts: the hips parting vertically (in torso lengths) from how they lay
 * at rest as a leg lifts, on a sketched side view whose far hip rises with the lift, and on
 * recorded lifts.
 */
import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { createHipsLevelJudge } from '../../../../src/form/checkers/hips-level';
import { getChecker } from '../../../../src/form/checkers/registry';
import { createFormEngine } from '../../../../src/form/engine';
import { exerciseSpec } from '../helpers/content';
import { allFours, farSideBehind, lyingProne } from '../helpers/figures';
import { runClip } from '../helpers/fixtures';
import { sideViewFrame, type Figure } from '../helpers/synthetic-pose';

/** The figure with the given joints raised by `by` (frame heights). */
function raised(figure: Figure, by: number, joints = Object.keys(figure) as (keyof Figure)[]) {
  const out: Figure = { ...figure };
  for (const joint of joints) {
    const [x, y] = figure[joint]!;
    out[joint] = [x, y - by];
  }
  return out;
}

type Shape = { near: Figure; far: Figure };

/** Rests then lifts, three times, through the engine; returns the seconds hips-not-level showed. */
function hipFaultSeconds(exercise: string, rest: Shape, top: Shape): number {
  const engine = createFormEngine(exerciseSpec(exercise));
  let t = 0;
  const hold = (shape: Shape, ms: number) => {
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

/**
 * A prone lift: the near (left) arm and the far (right) leg for the alternating lift, both arms
 * and legs for the superman. The far side shows `cameraRise` above the near one throughout (a
 * camera above the hips), and during the lift the far hip and its whole leg come up a further
 * `rollRise` (the pelvis rolled).
 */
function proneLift(exercise: string, rollRise: number, cameraRise = 0) {
  const armUp: Figure = { elbow: [0.2, 0.64], wrist: [0.1, 0.6] };
  const legUp: Figure = { knee: [0.7, 0.66], ankle: [0.85, 0.62] };
  const superman = exercise === 'superman';
  const rest = { near: lyingProne, far: raised(farSideBehind(lyingProne), cameraRise) };
  const top = {
    near: { ...lyingProne, ...armUp, ...(superman ? legUp : {}) },
    far: raised(
      raised(farSideBehind({ ...lyingProne, ...legUp, ...(superman ? armUp : {}) }), cameraRise),
      rollRise,
      ['hip', 'knee', 'ankle'],
    ),
  };
  return hipFaultSeconds(exercise, rest, top);
}

/** The far hip's rise (frame heights) for a gap of `share` torso lengths (1280x720 frames). */
const riseFor = (share: number, figure: Figure = lyingProne) => {
  const [sx, sy] = figure.shoulder!;
  const [hx, hy] = figure.hip!;
  return share * Math.hypot((hx - sx) * (1280 / 720), hy - sy);
};

describe('hips level in prone lifts', () => {
  for (const exercise of ['prone-alternating-lift', 'superman']) {
    it(`${exercise}: names one hip coming up with its leg`, () => {
      expect(proneLift(exercise, riseFor(0.5))).toBeGreaterThan(2);
      expect(proneLift(exercise, riseFor(0.1))).toBe(0);
    });
  }

  it('measures from the rest, so a camera above the hips is not a roll', () => {
    // The camera alone parts the hips by 0.2 torso lengths: 0.2 more is still level, 0.5 is not.
    expect(proneLift('prone-alternating-lift', riseFor(0.2), riseFor(0.2))).toBe(0);
    expect(proneLift('prone-alternating-lift', riseFor(0.5), riseFor(0.2))).toBeGreaterThan(2);
  });

  it('does not judge a lift whose rest was seen obliquely', () => {
    const judgeAfterRest = (cameraRise: number) => {
      const judge = createHipsLevelJudge({ maxHipRoll: 0.3 });
      const body = (near: Figure, far: Figure) => buildBodyFrame(sideViewFrame(near, { far }))!;
      const rest = body(lyingProne, raised(farSideBehind(lyingProne), cameraRise));
      judge.update(rest, { atRest: true, atTop: false });
      const top = body(
        lyingProne,
        raised(farSideBehind(lyingProne), cameraRise + riseFor(0.5), ['hip']),
      );
      return { restView: rest.view, fault: judge.update(top, { atRest: false, atTop: true }) };
    };
    expect(judgeAfterRest(riseFor(0.1)).restView).toBe('side');
    expect(judgeAfterRest(riseFor(0.1)).fault?.id).toBe('hips-not-level');
    expect(judgeAfterRest(riseFor(0.6)).restView).not.toBe('side');
    expect(judgeAfterRest(riseFor(0.6)).fault).toBeNull();
  });

  it('keeps quiet on a demonstrator lifting alternate legs about 30 degrees', () => {
    for (const exercise of ['superman', 'prone-alternating-lift']) {
      const { summary } = runClip('superman-tutorial', exercise);
      expect(summary.faultSeconds['hips-not-level'] ?? 0, exercise).toBe(0);
    }
  });
});

/** A bird-dog: the near (left) arm forward and the far (right) leg back, the far hip up `rollRise`. */
function birdDog(rollRise: number) {
  const rest = { near: allFours, far: farSideBehind(allFours) };
  const top = {
    near: { ...allFours, elbow: [0.22, 0.45], wrist: [0.12, 0.46] } as Figure,
    far: raised(farSideBehind({ ...allFours, knee: [0.8, 0.46], ankle: [0.95, 0.47] }), rollRise, [
      'hip',
      'knee',
      'ankle',
    ]),
  };
  return hipFaultSeconds('bird-dog', rest, top);
}

describe('hips level in the bird-dog', () => {
  it('names the pelvis rolling as the leg lifts', () => {
    expect(birdDog(riseFor(0.5, allFours))).toBeGreaterThan(2);
    expect(birdDog(riseFor(0.1, allFours))).toBe(0);
  });

  it('keeps quiet on good form, where the hip only follows the lifting thigh', () => {
    expect(runClip('bird-dog-phone', 'bird-dog').summary.faultSeconds['hips-not-level'] ?? 0).toBe(
      0,
    );
  });
});

describe('hips level after the person was out of sight', () => {
  it('measures from a rest seen after coming back, not from the one before', () => {
    const exercise = 'prone-alternating-lift';
    const definition = getChecker(exercise);
    const assess = definition.create(
      definition.paramsSchema.parse(exerciseSpec(exercise).checker.params),
    );
    const body = (near: Figure, far: Figure, timestampMs: number) =>
      buildBodyFrame(sideViewFrame(near, { far, timestampMs }))!;
    // At rest under a camera above the hips: the far hip shows 0.2 torso lengths higher.
    const restFar = raised(farSideBehind(lyingProne), riseFor(0.2));
    for (let t = 0; t <= 1000; t += 50) {
      const rest = body(lyingProne, restFar, t);
      expect(rest.view).toBe('side');
      assess(rest);
    }
    // Out of sight for 5 s while the camera is set lower (the far hip now 0.2 lower); back with a
    // lift under way, hips level: 0.4 from the old rest, but that rest is no baseline any more.
    const armUp: Figure = { elbow: [0.2, 0.64], wrist: [0.1, 0.6] };
    const legUp: Figure = { knee: [0.7, 0.66], ankle: [0.85, 0.62] };
    const ids: string[] = [];
    for (let t = 6000; t <= 6500; t += 50) {
      const far = raised(farSideBehind({ ...lyingProne, ...legUp }), -riseFor(0.2));
      const top = body({ ...lyingProne, ...armUp }, far, t);
      ids.push(...assess(top).faults.map((f) => f.id));
    }
    expect(ids).not.toContain('hips-not-level');
  });
});
