import { describe, expect, it } from 'vitest';
import { loadStillFixtures, stillsFixtureSkipReason } from '../../tests/fixtures/load-fixture';
import { drawStickFigure, type StickFigure } from '../../tests/unit/form/stick-figure';
import { buildBodyFrame } from './body/body-frame';
import { answersLabel, recognisePose, type RecognisedPose } from './recognise-pose';

/** Side-on sketches of each position, in centimetres, y up, floor at 0. */
const FIGURES: Record<string, StickFigure> = {
  highPlank: {
    wrist: [0, 0],
    elbow: [0, 30],
    shoulder: [0, 60],
    hip: [55, 40],
    knee: [100, 22],
    ankle: [145, 5],
    ear: [-12, 65],
    nose: [-20, 60],
  },
  forearmPlank: {
    wrist: [-30, 0],
    elbow: [0, 0],
    shoulder: [0, 30],
    hip: [55, 20],
    knee: [100, 10],
    ankle: [145, 0],
    ear: [-12, 35],
    nose: [-20, 31],
  },
  downwardDog: {
    wrist: [0, 0],
    elbow: [12, 22],
    shoulder: [25, 45],
    hip: [70, 90],
    knee: [95, 45],
    ankle: [120, 0],
    ear: [15, 38],
    nose: [10, 33],
  },
  childsPose: {
    ankle: [-45, 0],
    knee: [0, 0],
    hip: [-35, 18],
    shoulder: [15, 18],
    elbow: [45, 3],
    wrist: [70, 0],
    ear: [28, 10],
    nose: [35, 5],
  },
  gluteBridge: {
    ankle: [0, 0],
    knee: [15, 45],
    hip: [55, 35],
    shoulder: [100, 5],
    elbow: [80, 3],
    wrist: [60, 2],
    ear: [115, 8],
    nose: [120, 14],
  },
  reverseTable: {
    ankle: [0, 0],
    knee: [0, 55],
    hip: [50, 55],
    shoulder: [100, 55],
    elbow: [100, 28],
    wrist: [100, 0],
    ear: [115, 62],
    nose: [120, 68],
  },
  reversePlank: {
    wrist: [0, 0],
    elbow: [0, 30],
    shoulder: [0, 60],
    hip: [55, 40],
    knee: [100, 22],
    ankle: [145, 5],
    ear: [-10, 68],
    nose: [-14, 75],
  },
  standing: {
    ankle: [0, 0],
    knee: [0, 50],
    hip: [0, 100],
    shoulder: [0, 150],
    elbow: [0, 120],
    wrist: [0, 95],
    ear: [0, 165],
    nose: [8, 163],
  },
};

/** The same figure facing the other way (mirrored), as a side view from the other side shows it. */
function mirrored(figure: StickFigure): StickFigure {
  return Object.fromEntries(
    Object.entries(figure).map(([joint, [x, up]]) => [joint, [-x, up]]),
  ) as unknown as StickFigure;
}

describe('recognisePose', () => {
  it.each<[string, RecognisedPose]>([
    ['highPlank', 'high-plank'],
    ['forearmPlank', 'plank'],
    ['downwardDog', 'downward-dog'],
    ['childsPose', 'childs-pose'],
    ['gluteBridge', 'glute-bridge'],
    ['reverseTable', 'reverse-table'],
    ['reversePlank', 'reverse-table'],
    ['standing', 'none'],
  ])('recognises %s as %s, facing either way', (name, expected) => {
    const figure = FIGURES[name]!;
    const { points, visibility } = drawStickFigure(figure);
    expect(recognisePose(points, visibility).pose).toBe(expected);
    const other = drawStickFigure(mirrored(figure), { offset: { x: 1.6, y: 0.9 } });
    expect(recognisePose(other.points, other.visibility).pose).toBe(expected);
  });

  it('does not depend on the distance from the camera', () => {
    const far = drawStickFigure(FIGURES.downwardDog!, { scale: 0.002 });
    const near = drawStickFigure(FIGURES.downwardDog!, { scale: 0.006, offset: { x: 0, y: 1 } });
    const farFeatures = recognisePose(far.points, far.visibility).features!;
    const nearFeatures = recognisePose(near.points, near.visibility).features!;
    for (const [name, value] of Object.entries(farFeatures)) {
      expect(nearFeatures[name as keyof typeof nearFeatures]).toBeCloseTo(value, 3);
    }
  });

  it('says why a pose is not a position', () => {
    const { points, visibility } = drawStickFigure(FIGURES.reversePlank!);
    expect(recognisePose(points, visibility).failed['high-plank']).toBe('chest toward the floor');
  });

  it('declines to judge a body it cannot see', () => {
    const { points, visibility } = drawStickFigure(FIGURES.highPlank!);
    const hidden = visibility.map(() => 0.2);
    expect(recognisePose(points, hidden)).toEqual({ pose: 'none', features: null, failed: {} });
  });
});

describe('answersLabel', () => {
  it('lets a plank label cover both planks and nothing else', () => {
    expect(answersLabel('plank', 'plank')).toBe(true);
    expect(answersLabel('high-plank', 'plank')).toBe(true);
    expect(answersLabel('downward-dog', 'plank')).toBe(false);
    expect(answersLabel('plank', 'high-plank')).toBe(false);
    expect(answersLabel('childs-pose', 'childs-pose')).toBe(true);
  });
});

const stillsSkip = stillsFixtureSkipReason();
describe.skipIf(stillsSkip !== undefined)(
  `recognisePose on the footage stills ${stillsSkip ?? ''}`,
  () => {
    /** Stills whose label is wrong by inspection: reverse planks filed as planks, a plank as a dog. */
    const MISLABELLED = new Set(
      [
        'plank/00000389',
        'plank/00000328',
        'plank/00000153',
        'plank/00000292',
        'plank/00000027',
        'plank/00000312',
        'plank/00000182',
        'downward-dog/00000208',
      ].map((name) => `stills/${name}.jpg`),
    );
    const results = loadStillFixtures()
      .filter((still) => still.pose === 'plank' || still.pose === 'downward-dog')
      .map((still) => {
        const body = buildBodyFrame(still.frame);
        const pose = body ? recognisePose(body.points, body.visibility).pose : 'none';
        return { ...still, recognised: pose };
      });

    it('never takes a plank for a downward dog or a downward dog for a plank', () => {
      const swapped = results.filter(
        (r) =>
          !MISLABELLED.has(r.file) &&
          ((r.pose === 'plank' && r.recognised === 'downward-dog') ||
            (r.pose === 'downward-dog' && answersLabel(r.recognised, 'plank'))),
      );
      expect(swapped.map((r) => r.file)).toEqual([]);
    });

    // Measured 94% (177 of 188); the rest are side planks and kneeling planks filed as planks, hips
    // piked between a plank and a dog, and a silhouette with no landmarks.
    it('recognises at least 93% of the correctly labelled planks and downward dogs', () => {
      const fair = results.filter((r) => !MISLABELLED.has(r.file));
      const right = fair.filter((r) => answersLabel(r.recognised, r.pose)).length;
      expect(right / fair.length).toBeGreaterThanOrEqual(0.93);
    });
  },
);
