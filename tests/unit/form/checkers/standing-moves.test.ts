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
import { clipFixtureSkipReason, loadClipFixture } from '../../../fixtures/load-fixture';
import { contentParams, runChecker, secondsOutside } from './run-checker';

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
  /** Raises each thigh forward (toward the camera) by `degrees(t, side)` from hanging. */
  const legs = (seconds: number, degrees: (t: number, side: 0 | 1) => number) =>
    frames(seconds, (pose, t) => {
      for (const [hipIndex, knee, ankle, side] of [
        [LANDMARK.leftHip, LANDMARK.leftKnee, LANDMARK.leftAnkle, 0],
        [LANDMARK.rightHip, LANDMARK.rightKnee, LANDMARK.rightAnkle, 1],
      ] as const) {
        const angle = (degrees(t, side) * Math.PI) / 180;
        const hip = pose.worldLandmarks[hipIndex]!;
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
    });

  it('times the running while the knees take turns, and stops with the last stride', () => {
    // Knees up to 80 degrees, 0.5 s per lift, for 4 s; then standing still for 2 s.
    const run = runChecker(
      runningOnTheSpotChecker,
      params,
      legs(6, (t, side) => (t < 4 ? 80 * lift(t, 0.5, side) : 0)),
    );
    expect(run.holds).toHaveLength(1);
    const [start, end] = run.holds[0]!;
    // The first lift passes 35 degrees at about 0.1 s; the last comes down past it at 3.9 s.
    expect(start).toBeLessThanOrEqual(0.2);
    expect(end).toBeGreaterThanOrEqual(3.8);
    expect(end).toBeLessThanOrEqual(4.3);
  });

  it('does not time standing still, small steps or one knee held up', () => {
    const still = runChecker(
      runningOnTheSpotChecker,
      params,
      legs(4, () => 0),
    );
    expect(still.holdSeconds).toBe(0);
    // Shuffling: thighs swing 20 degrees, well below a knee lift.
    const steps = runChecker(
      runningOnTheSpotChecker,
      params,
      legs(4, (t, side) => 20 * lift(t, 0.5, side)),
    );
    expect(steps.holdSeconds).toBe(0);
    // One knee raised and held (standing on one leg): timed at most while it could be a first
    // stride, never for the whole 4 s.
    const oneLeg = runChecker(
      runningOnTheSpotChecker,
      params,
      legs(4, (_, side) => (side === 0 ? 80 : 0)),
    );
    expect(oneLeg.holdSeconds).toBeLessThanOrEqual(params.strideWindowMs / 1000);
  });

  const CLIP = 'running-on-the-spot-home';
  const skip = clipFixtureSkipReason(CLIP);
  it.skipIf(skip !== undefined)(`times the running on ${CLIP} ${skip ?? ''}`, () => {
    const { frames: clip, label } = loadClipFixture(CLIP);
    const run = runChecker(runningOnTheSpotChecker, params, clip);
    // Labelled: high knees 0-6.5 s and 9.75-12.72 s, standing and shuffling between.
    const labelled = label.holds!.reduce((sum, [a, b]) => sum + b! - a!, 0);
    expect(Math.abs(run.holdSeconds - labelled)).toBeLessThanOrEqual(0.5);
    expect(run.holds).toHaveLength(2);
    const widened = label.holds!.map(([a, b]) => [a! - 0.3, b! + 0.3] as [number, number]);
    expect(secondsOutside(run.holds, widened)).toBe(0);
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
