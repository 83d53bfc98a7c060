import { describe, expect, it } from 'vitest';
import { loadStillFixtures, stillsFixtureSkipReason } from '../../../tests/fixtures/load-fixture';
import { downwardDogSketch, drawStickFigure } from '../../../tests/unit/form/stick-figure';
import { LANDMARK } from '../../pose/landmarks';
import { buildBodyFrame } from '../body/body-frame';
import { recognisePose } from '../recognise-pose';
import { DOG_FOLD_BELOW_DEG, plankOrDog, plankOrDogFromLine } from './plank-or-dog';
import type { BodyLine } from './pose-features';

/** A body line with the given fold at the hips and heights; the rest straight and level. */
function line(hipAngle: number, hipsAboveShoulders: number, hipsAboveAnkles: number): BodyLine {
  return {
    hipAngle,
    kneeAngle: 175,
    lineAngle: hipAngle,
    bodyIncline: 20,
    hipsAboveShoulders,
    hipsAboveAnkles,
  };
}

describe('plankOrDogFromLine', () => {
  it('calls an inverted V a downward dog and a straight line a plank', () => {
    expect(plankOrDogFromLine(line(88, 0.6, 1.1))).toBe('downward-dog');
    expect(plankOrDogFromLine(line(172, -0.25, 0.6))).toBe('plank');
  });

  it('splits the fold at the hips halfway between a right angle and a straight line', () => {
    expect(plankOrDogFromLine(line(DOG_FOLD_BELOW_DEG - 1, 0.2, 0.9))).toBe('downward-dog');
    expect(plankOrDogFromLine(line(DOG_FOLD_BELOW_DEG + 1, 0.2, 0.9))).toBe('plank');
  });

  it('wants the hips at the apex of the V, above both shoulders and ankles', () => {
    // Folded, but with the hips below the shoulders (on all fours, sitting back): not a dog's V.
    expect(plankOrDogFromLine(line(90, -0.5, 0.5))).toBe('plank');
    expect(plankOrDogFromLine(line(90, 0.5, -0.1))).toBe('plank');
  });
});

describe('plankOrDog', () => {
  it('decides from the body line alone, with the arms unseen', () => {
    const { points, visibility } = drawStickFigure(downwardDogSketch);
    for (const i of [LANDMARK.leftWrist, LANDMARK.rightWrist]) visibility[i] = 0;
    expect(plankOrDog(points, visibility)).toBe('downward-dog');
  });

  it('cannot decide when the body line is not seen', () => {
    const { points, visibility } = drawStickFigure(downwardDogSketch);
    for (const i of [LANDMARK.leftKnee, LANDMARK.rightKnee]) visibility[i] = 0.1;
    expect(plankOrDog(points, visibility)).toBeNull();
  });
});

const stillsSkip = stillsFixtureSkipReason();
describe.skipIf(stillsSkip !== undefined)(
  `plankOrDog on the footage stills ${stillsSkip ?? ''}`,
  () => {
    const stills = loadStillFixtures().flatMap((s) => {
      const body = buildBodyFrame(s.frame);
      if (!body) return [];
      const decision = plankOrDog(body.points, body.visibility);
      return [{ ...s, decision, recognised: recognisePose(body).pose }];
    });

    it('agrees with the recogniser wherever it recognises a plank or a downward dog', () => {
      const planks = ['plank', 'high-plank', 'side-plank'];
      const disagreeing = stills.filter(
        (s) =>
          (s.recognised === 'downward-dog' && s.decision !== 'downward-dog') ||
          (planks.includes(s.recognised) && s.decision !== 'plank'),
      );
      expect(stills.some((s) => s.recognised === 'downward-dog')).toBe(true);
      expect(disagreeing.map((s) => s.file)).toEqual([]);
    });

    // The target. Measured 97% (191 of 196): the failures are a high plank filed as a dog,
    // a line drawing with no pose, and two photos (one posted twice) of planks with the hips piked
    // past the halfway fold.
    it('tells at least 95% of the plank and downward-dog stills apart', () => {
      const pair = loadStillFixtures().filter(
        (s) => s.pose === 'plank' || s.pose === 'downward-dog',
      );
      const right = pair.filter((s) => stills.find((d) => d.file === s.file)?.decision === s.pose);
      expect(right.length / pair.length).toBeGreaterThanOrEqual(0.95);
    });
  },
);
