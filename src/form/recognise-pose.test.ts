import { describe, expect, it } from 'vitest';
import { loadStillFixtures, stillsFixtureSkipReason } from '../../tests/fixtures/load-fixture';
import {
  downwardDogSketch,
  drawStickFigure,
  type StickFigure,
} from '../../tests/unit/form/stick-figure';
import { LANDMARK } from '../pose/landmarks';
import { buildBodyFrame } from './body/body-frame';
import { answersLabel, recognisePose, type RecognisedPose } from './recognise-pose';
import type { BodyFrame } from './types';

type RecognisedBody = Parameters<typeof recognisePose>[0];

/**
 * A stick figure as the recogniser sees a body, with world landmarks that follow the picture (the
 * hips level) unless `hipStackDeg` stacks them.
 */
function bodyOf(
  figure: StickFigure,
  { hipStackDeg = 0, drawing = {} as Parameters<typeof drawStickFigure>[1] } = {},
): RecognisedBody {
  const { points, visibility } = drawStickFigure(figure, drawing);
  const world: BodyFrame['world'] = points.map(({ x, y }) => ({ x, y, z: 0 }));
  const hip = points[LANDMARK.rightHip]!;
  const rise = (hipStackDeg * Math.PI) / 180;
  world[LANDMARK.rightHip] = { x: hip.x, y: hip.y, z: 0 };
  world[LANDMARK.leftHip] = { x: hip.x, y: hip.y - 0.1 * Math.sin(rise), z: 0.1 * Math.cos(rise) };
  return { points, visibility, world };
}

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
  downwardDog: downwardDogSketch,
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
  /** A high plank with the hips piked to a 137-degree body line: a plank with a fault. */
  pikedHighPlank: {
    wrist: [0, 0],
    elbow: [0, 30],
    shoulder: [0, 60],
    hip: [55, 68],
    knee: [100, 36.5],
    ankle: [145, 5],
    ear: [-12, 65],
    nose: [-20, 60],
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
    ['pikedHighPlank', 'high-plank'],
    ['downwardDog', 'downward-dog'],
    ['childsPose', 'childs-pose'],
    ['gluteBridge', 'glute-bridge'],
    ['reverseTable', 'reverse-table'],
    ['reversePlank', 'reverse-table'],
    ['standing', 'none'],
  ])('recognises %s as %s, facing either way', (name, expected) => {
    const figure = FIGURES[name]!;
    expect(recognisePose(bodyOf(figure)).pose).toBe(expected);
    const other = bodyOf(mirrored(figure), { drawing: { offset: { x: 1.6, y: 0.9 } } });
    expect(recognisePose(other).pose).toBe(expected);
  });

  it('does not depend on the distance from the camera', () => {
    const far = bodyOf(FIGURES.downwardDog!, { drawing: { scale: 0.002 } });
    const near = bodyOf(FIGURES.downwardDog!, {
      drawing: { scale: 0.006, offset: { x: 0, y: 1 } },
    });
    const farFeatures = recognisePose(far).features!;
    const nearFeatures = recognisePose(near).features!;
    for (const [name, value] of Object.entries(farFeatures)) {
      expect(nearFeatures[name as keyof typeof nearFeatures]).toBeCloseTo(value, 3);
    }
  });

  it('says why a pose is not a position', () => {
    expect(recognisePose(bodyOf(FIGURES.reversePlank!)).failed['high-plank']).toBe(
      'chest toward the floor',
    );
  });

  it("calls a plank piked past the plank checkers' 135-degree line no plank", () => {
    const tooPiked = {
      ...FIGURES.pikedHighPlank!,
      hip: [55, 74],
      knee: [100, 39.5],
    } as StickFigure;
    const { pose, failed, features } = recognisePose(bodyOf(tooPiked));
    expect(features!.lineAngle).toBeLessThan(135);
    expect(pose).toBe('none');
    expect(failed['high-plank']).toBe('body in one line');
  });

  it('tells a side plank from a plank by the hips stacked in 3-D', () => {
    const sidePlank = bodyOf(FIGURES.highPlank!, { hipStackDeg: 70 });
    expect(recognisePose(sidePlank).pose).toBe('side-plank');
    const halfTurned = bodyOf(FIGURES.highPlank!, { hipStackDeg: 30 });
    expect(recognisePose(halfTurned).pose).toBe('high-plank');
    // Stacked hips in a body that is not in one line make no side plank.
    expect(recognisePose(bodyOf(FIGURES.downwardDog!, { hipStackDeg: 70 })).pose).not.toBe(
      'side-plank',
    );
  });

  it('declines to judge a body it cannot see', () => {
    const body = bodyOf(FIGURES.highPlank!);
    const hidden = body.visibility.map(() => 0.2);
    expect(recognisePose({ ...body, visibility: hidden })).toEqual({
      pose: 'none',
      features: null,
      failed: {},
    });
  });
});

describe('answersLabel', () => {
  it('lets a plank label cover the forearm and the straight-arm plank, not the side plank', () => {
    expect(answersLabel('plank', 'plank')).toBe(true);
    expect(answersLabel('high-plank', 'plank')).toBe(true);
    expect(answersLabel('side-plank', 'plank')).toBe(false);
    expect(answersLabel('downward-dog', 'plank')).toBe(false);
    expect(answersLabel('plank', 'high-plank')).toBe(false);
    expect(answersLabel('side-plank', 'side-plank')).toBe(true);
    expect(answersLabel('childs-pose', 'childs-pose')).toBe(true);
  });
});

const stillsSkip = stillsFixtureSkipReason();
describe.skipIf(stillsSkip !== undefined)(
  `recognisePose on the footage stills ${stillsSkip ?? ''}`,
  () => {
    const still = (name: string) => `stills/${name}.jpg`;
    /** Filed as planks, by inspection reverse planks: label noise. */
    const REVERSE_PLANKS = ['389', '328', '153', '292', '027', '312', '182'].map((n) =>
      still(`plank/00000${n}`),
    );
    /** Filed as planks, by inspection side planks (00000265 with the top foot stepped back). */
    const SIDE_PLANKS = ['092', '306', '322', '419', '440', '265'].map((n) =>
      still(`plank/00000${n}`),
    );
    /** Filed as a downward dog, by inspection a high plank. */
    const PLANK_FILED_AS_DOG = still('downward-dog/00000208');
    /** Filed as a plank, by inspection a reverse plank on one leg (recognised as nothing). */
    const ONE_LEGGED_REVERSE_PLANK = still('plank/00000279');
    const MISLABELLED = new Set([
      ...REVERSE_PLANKS,
      ONE_LEGGED_REVERSE_PLANK,
      ...SIDE_PLANKS,
      PLANK_FILED_AS_DOG,
    ]);

    const results = loadStillFixtures().map((s) => {
      const body = buildBodyFrame(s.frame);
      return { ...s, recognised: body ? recognisePose(body).pose : 'none' };
    });
    const recognised = (file: string) => results.find((r) => r.file === file)?.recognised;
    const planksAndDogs = results.filter((r) => r.pose === 'plank' || r.pose === 'downward-dog');

    it('never takes a plank for a downward dog or a downward dog for a plank', () => {
      const swapped = planksAndDogs.filter(
        (r) =>
          !MISLABELLED.has(r.file) &&
          ((r.pose === 'plank' && r.recognised === 'downward-dog') ||
            (r.pose === 'downward-dog' && answersLabel(r.recognised, 'plank'))),
      );
      expect(swapped.map((r) => r.file)).toEqual([]);
      expect(recognised(PLANK_FILED_AS_DOG)).toBe('high-plank');
    });

    it('recognises the side planks and the reverse planks filed as planks for what they are', () => {
      expect(SIDE_PLANKS.map(recognised)).toEqual(SIDE_PLANKS.map(() => 'side-plank'));
      expect(REVERSE_PLANKS.map(recognised)).toEqual(REVERSE_PLANKS.map(() => 'reverse-table'));
    });

    it('recognises each reference photo as its label', () => {
      const references = results.filter((r) => r.file.startsWith('stills/reference/'));
      expect(references.length).toBeGreaterThan(0);
      for (const r of references) expect(r.recognised, r.file).toBe(r.pose);
    });

    // Measured 96% (174 of 181); the rest are two kneeling-plank drawings (the model put the
    // hidden far knee under the chest), two photos (one posted twice) of hips piked between a plank
    // and a dog, a silhouette whose arms the model lost and a line drawing with no pose.
    it('recognises at least 95% of the correctly labelled planks and downward dogs', () => {
      const fair = planksAndDogs.filter((r) => !MISLABELLED.has(r.file));
      const right = fair.filter((r) => answersLabel(r.recognised, r.pose)).length;
      expect(right / fair.length).toBeGreaterThanOrEqual(0.95);
    });
  },
);
