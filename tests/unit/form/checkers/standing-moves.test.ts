/**
 * The standing warm-ups facing the camera, on hand-made front-view frames: reps per side, holds and
 * faults.
 */
import { describe, expect, it } from 'vitest';
import { armSwingsChecker } from '../../../../src/form/checkers/arm-swings';
import { armCirclesChecker } from '../../../../src/form/checkers/circle-checkers';
import { runningOnTheSpotChecker } from '../../../../src/form/checkers/running-on-the-spot';
import { shoulderRaisesChecker } from '../../../../src/form/checkers/shoulder-raises';
import { standingBreathingChecker } from '../../../../src/form/checkers/standing-breathing';
import { LANDMARK, type Pose, type PoseFrame } from '../../../../src/pose/landmarks';
import { frameOf, frontViewPose, type Figure } from '../helpers/synthetic-pose';
import { contentParams, runChecker } from './run-checker';

/** Standing square to the camera, arms hanging (normalised coordinates, y down). */
const STANDING: Figure = {
  nose: [0.5, 0.13],
  ear: [0.52, 0.13],
  shoulder: [0.55, 0.25],
  elbow: [0.56, 0.38],
  wrist: [0.56, 0.5],
  hip: [0.53, 0.52],
  knee: [0.53, 0.7],
  ankle: [0.53, 0.88],
  heel: [0.53, 0.9],
  foot: [0.53, 0.92],
};

/** Frames every 100 ms for `seconds`, each pose made by `make(t)` from the standing one. */
function frames(seconds: number, make: (pose: Pose, t: number) => void): PoseFrame[] {
  return Array.from({ length: seconds * 10 + 1 }, (_, i) => {
    const pose = frontViewPose(STANDING, { halfWidth: 0.1 });
    make(pose, i / 10);
    return frameOf([pose], { timestampMs: i * 100 });
  });
}

const move = (pose: Pose, index: number, dx: number, dy: number) => {
  const l = pose.landmarks[index]!;
  pose.landmarks[index] = { ...l, x: l.x + dx, y: l.y + dy };
  const w = pose.worldLandmarks[index]!;
  pose.worldLandmarks[index] = { ...w, x: w.x + dx * 3.5, y: w.y + dy * 2 };
};

/** 0 at rest, 1 at the top of a lift, for lifts of `period` s alternating left and right. */
const lift = (t: number, period: number, side: 0 | 1) => {
  const phase = (t / period) % 2;
  return Math.floor(phase) === side ? Math.sin(Math.PI * (phase % 1)) ** 2 : 0;
};

describe('shoulder-raises checker', () => {
  const params = contentParams(shoulderRaisesChecker);
  it('counts each shoulder lifted toward the ear as a rep of that side', () => {
    const run = runChecker(
      shoulderRaisesChecker,
      params,
      frames(8, (pose, t) => {
        move(pose, LANDMARK.leftShoulder, 0, -0.05 * lift(t, 2, 0));
        move(pose, LANDMARK.rightShoulder, 0, -0.05 * lift(t, 2, 1));
      }),
    );
    expect(run.repsBySide).toEqual({ left: 2, right: 2 });
  });
});

describe('arm-swings checker', () => {
  const params = contentParams(armSwingsChecker);
  it('counts each arm reaching overhead as a rep of its side', () => {
    const raise = (pose: Pose, side: 'left' | 'right', amount: number) => {
      const [shoulder, elbow, wrist] =
        side === 'left'
          ? [LANDMARK.leftShoulder, LANDMARK.leftElbow, LANDMARK.leftWrist]
          : [LANDMARK.rightShoulder, LANDMARK.rightElbow, LANDMARK.rightWrist];
      const s = pose.landmarks[shoulder]!;
      const angle = Math.PI * amount;
      for (const [index, length] of [
        [elbow, 0.13],
        [wrist, 0.25],
      ] as const) {
        const l = pose.landmarks[index]!;
        pose.landmarks[index] = {
          ...l,
          x: s.x + length * Math.sin(angle) * 0.3,
          y: s.y + length * Math.cos(angle),
        };
      }
    };
    const run = runChecker(
      armSwingsChecker,
      params,
      frames(8, (pose, t) => {
        raise(pose, 'left', 0.95 * lift(t, 2, 0));
        raise(pose, 'right', 0.95 * lift(t, 2, 1));
      }),
    );
    expect(run.repsBySide).toEqual({ left: 2, right: 2 });
  });
});

describe('running-on-the-spot checker', () => {
  const params = contentParams(runningOnTheSpotChecker);
  it('counts knee lifts per leg', () => {
    const run = runChecker(
      runningOnTheSpotChecker,
      params,
      frames(4, (pose, t) => {
        for (const [knee, ankle, side] of [
          [LANDMARK.leftKnee, LANDMARK.leftAnkle, 0],
          [LANDMARK.rightKnee, LANDMARK.rightAnkle, 1],
        ] as const) {
          // The thigh swings forward (toward the camera) and up by up to 80 degrees.
          const angle = ((80 * Math.PI) / 180) * lift(t, 0.5, side);
          const hip =
            pose.worldLandmarks[knee === LANDMARK.leftKnee ? LANDMARK.leftHip : LANDMARK.rightHip]!;
          for (const [index, length] of [
            [knee, 0.45],
            [ankle, 0.45],
          ] as const) {
            const w = pose.worldLandmarks[index]!;
            pose.worldLandmarks[index] = {
              ...w,
              y: hip.y + length * Math.cos(angle) + (index === ankle ? 0.45 : 0),
              z: hip.z - length * Math.sin(angle),
            };
          }
        }
      }),
    );
    expect(run.repsBySide).toEqual({ left: 4, right: 4 });
  });
});

describe('standing-breathing checker', () => {
  const params = contentParams(standingBreathingChecker);
  it('times standing tall and notices the shoulders creeping up', () => {
    const calm = runChecker(
      standingBreathingChecker,
      params,
      frames(4, () => {}),
    );
    expect(calm.holdSeconds).toBeGreaterThan(3.5);
    expect(calm.assessments.some((a) => a?.faults.length)).toBe(false);
    const shrug = runChecker(
      standingBreathingChecker,
      params,
      frames(2, (pose) => {
        move(pose, LANDMARK.leftShoulder, 0, -0.06);
        move(pose, LANDMARK.rightShoulder, 0, -0.06);
      }),
    );
    expect(shrug.assessments.at(-1)?.faults.map((f) => f.id)).toEqual(['shoulders-raised']);
  });
});

describe('arm-circles checker', () => {
  const params = contentParams(armCirclesChecker);
  it('counts big arm circles forward and backward from the wrists in depth', () => {
    const circle = (pose: Pose, angle: number) => {
      for (const [shoulder, wrist] of [
        [LANDMARK.leftShoulder, LANDMARK.leftWrist],
        [LANDMARK.rightShoulder, LANDMARK.rightWrist],
      ] as const) {
        const s = pose.worldLandmarks[shoulder]!;
        pose.worldLandmarks[wrist] = {
          ...s,
          y: s.y + 0.6 * Math.cos(angle),
          z: s.z - 0.6 * Math.sin(angle),
        };
      }
    };
    // Three circles one way (2 s each), then three the other.
    const run = runChecker(
      armCirclesChecker,
      params,
      frames(13, (pose, t) => circle(pose, (Math.PI * (t <= 6.5 ? t : 13 - t)) / 1)),
    );
    expect(run.reps.length).toBeGreaterThanOrEqual(5);
    expect(run.repsBySide.left).toBeGreaterThanOrEqual(2);
    expect(run.repsBySide.right).toBeGreaterThanOrEqual(2);
  });
});
