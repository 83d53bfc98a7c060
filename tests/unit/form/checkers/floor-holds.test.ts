/**
 * The position holds judged from the side, on sketched figures: each is held when in its position
 * (and only then), and names its faults.
 */
import { describe, expect, it } from 'vitest';
import { barHangChecker } from '../../../../src/form/checkers/bar-hang';
import type { CheckerDefinition } from '../../../../src/form/checkers/checker-definition';
import { childsPoseChecker } from '../../../../src/form/checkers/childs-pose';
import { downwardDogChecker } from '../../../../src/form/checkers/downward-dog';
import { hangingKneeRaiseHoldChecker } from '../../../../src/form/checkers/hanging-knee-raise-hold';
import { kneesToChestChecker } from '../../../../src/form/checkers/knees-to-chest';
import { pelvicTiltChecker } from '../../../../src/form/checkers/pelvic-tilt';
import { proneHeadLiftChecker } from '../../../../src/form/checkers/prone-head-lift';
import { reverseTableChecker } from '../../../../src/form/checkers/reverse-table';
import { seatedForwardFoldChecker } from '../../../../src/form/checkers/seated-forward-fold';
import { standingHingeChecker } from '../../../../src/form/checkers/standing-hinge';
import type { TimingParams } from '../../../../src/form/checkers/timing-params';
import { figureFrames, HANGING, STANDING, type Sketch } from './figure-frames';
import { contentParams, runChecker } from './run-checker';

interface Case {
  checker: CheckerDefinition<TimingParams>;
  good: Sketch;
  /** The same position done badly, and the fault it must raise. */
  bad?: [Sketch, string];
  /** Close to the position but not it. */
  other?: Sketch;
}

const CASES: Case[] = [
  {
    checker: childsPoseChecker as unknown as CheckerDefinition<TimingParams>,
    good: {
      ankle: [45, 2],
      heel: [47, 6],
      foot: [55, 1],
      knee: [0, 2],
      hip: [35, 20],
      shoulder: [-15, 22],
      elbow: [-45, 6],
      wrist: [-70, 2],
      ear: [-28, 12],
      nose: [-35, 6],
    },
    bad: [
      {
        ankle: [45, 2],
        heel: [47, 6],
        foot: [55, 1],
        knee: [0, 2],
        hip: [15, 50],
        shoulder: [-25, 24],
        elbow: [-35, 10],
        wrist: [-25, 2],
        ear: [-38, 14],
        nose: [-44, 8],
      },
      'hips-off-heels',
    ],
    other: {
      ankle: [45, 2],
      heel: [47, 6],
      foot: [55, 1],
      knee: [0, 2],
      hip: [0, 50],
      shoulder: [-55, 52],
      elbow: [-55, 26],
      wrist: [-55, 2],
      ear: [-66, 58],
      nose: [-72, 54],
    },
  },
  {
    checker: reverseTableChecker as unknown as CheckerDefinition<TimingParams>,
    good: {
      ankle: [0, 2],
      heel: [-3, 1],
      foot: [-10, 3],
      knee: [0, 50],
      hip: [50, 52],
      shoulder: [100, 55],
      elbow: [100, 28],
      wrist: [100, 2],
      ear: [112, 62],
      nose: [118, 68],
    },
    bad: [
      {
        ankle: [0, 2],
        heel: [-3, 1],
        foot: [-10, 3],
        knee: [0, 50],
        hip: [50, 30],
        shoulder: [100, 55],
        elbow: [100, 28],
        wrist: [100, 2],
        ear: [112, 62],
        nose: [118, 68],
      },
      'hips-sagging',
    ],
  },
  {
    checker: kneesToChestChecker as unknown as CheckerDefinition<TimingParams>,
    good: {
      shoulder: [0, 12],
      hip: [50, 10],
      knee: [25, 45],
      ankle: [60, 40],
      heel: [62, 38],
      foot: [66, 44],
      elbow: [20, 20],
      wrist: [30, 38],
      ear: [-15, 18],
      nose: [-18, 26],
    },
    other: {
      shoulder: [0, 12],
      hip: [50, 10],
      knee: [95, 45],
      ankle: [100, 2],
      heel: [102, 1],
      foot: [110, 4],
      elbow: [25, 8],
      wrist: [45, 6],
      ear: [-15, 14],
      nose: [-20, 22],
    },
  },
  {
    checker: proneHeadLiftChecker as unknown as CheckerDefinition<TimingParams>,
    good: {
      elbow: [0, 2],
      wrist: [-30, 2],
      shoulder: [0, 30],
      hip: [55, 10],
      knee: [100, 6],
      ankle: [145, 4],
      heel: [146, 9],
      foot: [155, 2],
      ear: [-12, 40],
      nose: [-22, 38],
    },
    bad: [
      {
        elbow: [0, 2],
        wrist: [-30, 2],
        shoulder: [0, 30],
        hip: [55, 10],
        knee: [100, 6],
        ankle: [145, 4],
        heel: [146, 9],
        foot: [155, 2],
        ear: [-10, 22],
        nose: [-14, 12],
      },
      'head-dropped',
    ],
  },
  {
    checker: downwardDogChecker as unknown as CheckerDefinition<TimingParams>,
    good: {
      wrist: [0, 2],
      elbow: [12, 24],
      shoulder: [25, 46],
      hip: [70, 92],
      knee: [95, 47],
      ankle: [120, 4],
      heel: [124, 2],
      foot: [112, 1],
      ear: [16, 38],
      nose: [10, 33],
    },
    other: {
      wrist: [0, 2],
      elbow: [0, 30],
      shoulder: [0, 60],
      hip: [55, 40],
      knee: [100, 22],
      ankle: [145, 5],
      heel: [148, 12],
      foot: [150, 1],
      ear: [-12, 65],
      nose: [-20, 60],
    },
  },
  {
    checker: seatedForwardFoldChecker as unknown as CheckerDefinition<TimingParams>,
    good: {
      hip: [0, 10],
      knee: [50, 8],
      ankle: [95, 6],
      heel: [96, 2],
      foot: [100, 14],
      shoulder: [40, 35],
      elbow: [60, 25],
      wrist: [85, 12],
      ear: [58, 42],
      nose: [66, 40],
    },
    other: {
      hip: [0, 10],
      knee: [50, 8],
      ankle: [95, 6],
      heel: [96, 2],
      foot: [100, 14],
      shoulder: [-5, 62],
      elbow: [5, 40],
      wrist: [20, 20],
      ear: [-4, 80],
      nose: [5, 80],
    },
  },
  {
    checker: standingHingeChecker as unknown as CheckerDefinition<TimingParams>,
    good: {
      ankle: [0, 4],
      heel: [4, 1],
      foot: [-12, 1],
      knee: [0, 50],
      hip: [0, 95],
      shoulder: [-55, 98],
      elbow: [-82, 99],
      wrist: [-108, 100],
      ear: [-70, 101],
      nose: [-76, 96],
    },
    bad: [
      {
        ankle: [0, 4],
        heel: [4, 1],
        foot: [-12, 1],
        knee: [0, 50],
        hip: [0, 95],
        shoulder: [-55, 98],
        elbow: [-60, 72],
        wrist: [-62, 46],
        ear: [-70, 101],
        nose: [-76, 96],
      },
      'arms-dropped',
    ],
    other: STANDING,
  },
  {
    checker: pelvicTiltChecker as unknown as CheckerDefinition<TimingParams>,
    good: {
      shoulder: [100, 8],
      hip: [55, 10],
      knee: [25, 45],
      ankle: [0, 4],
      heel: [-2, 1],
      foot: [-10, 2],
      elbow: [80, 4],
      wrist: [60, 3],
      ear: [115, 10],
      nose: [121, 16],
    },
    bad: [
      {
        shoulder: [100, 8],
        hip: [55, 28],
        knee: [20, 45],
        ankle: [0, 4],
        heel: [-2, 1],
        foot: [-10, 2],
        elbow: [80, 4],
        wrist: [60, 3],
        ear: [115, 10],
        nose: [121, 16],
      },
      'hips-lifted',
    ],
  },
  {
    checker: barHangChecker as unknown as CheckerDefinition<TimingParams>,
    good: HANGING,
    other: STANDING,
  },
  {
    checker: hangingKneeRaiseHoldChecker as unknown as CheckerDefinition<TimingParams>,
    good: {
      wrist: [0, 160],
      elbow: [0, 135],
      shoulder: [0, 110],
      ear: [3, 120],
      nose: [-6, 118],
      hip: [0, 60],
      knee: [-42, 70],
      ankle: [-45, 28],
      heel: [-42, 25],
      foot: [-55, 22],
    },
    bad: [
      {
        wrist: [0, 160],
        elbow: [0, 135],
        shoulder: [0, 110],
        ear: [3, 120],
        nose: [-6, 118],
        hip: [0, 60],
        knee: [-35, 35],
        ankle: [-30, -5],
        heel: [-27, -8],
        foot: [-40, -10],
      },
      'knees-too-low',
    ],
  },
];

const faultIdsOf = (run: ReturnType<typeof runChecker>) =>
  new Set(run.assessments.flatMap((a) => a?.faults.map((f) => f.id) ?? []));

describe.each(CASES)('$checker.kind', ({ checker, good, other }) => {
  const params = contentParams(checker);

  it('times the position held well, with no fault', () => {
    const run = runChecker(checker, params, figureFrames(good, 4));
    expect(run.holdSeconds).toBeGreaterThan(3.5);
    expect([...faultIdsOf(run)]).toEqual([]);
  });

  it('times nothing while the person stands about', () => {
    expect(runChecker(checker, params, figureFrames(other ?? STANDING, 4)).holdSeconds).toBe(0);
  });

  it('pauses when the person leaves the frame and resumes on return', () => {
    const frames = [
      ...figureFrames(good, 3),
      ...figureFrames(good, 2, 3100).map((f) => ({ ...f, poses: [] })),
      ...figureFrames(good, 3, 5200),
    ];
    const run = runChecker(checker, params, frames);
    expect(run.holds).toHaveLength(2);
    expect(run.holdSeconds).toBeGreaterThan(5);
    expect(run.holdSeconds).toBeLessThan(6.2);
  });
});

describe.each(CASES.filter((c) => c.bad))('$checker.kind done badly', ({ checker, bad }) => {
  it('names the fault', () => {
    const [sketch, fault] = bad!;
    const run = runChecker(checker, contentParams(checker), figureFrames(sketch, 3));
    expect(faultIdsOf(run)).toContain(fault);
  });
});
