import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { trunkLean } from '../../../../src/form/checkers/bend-family';
import { createFeetFloor } from '../../../../src/form/checkers/feet-floor';
import { LANDMARK, type PoseFrame } from '../../../../src/pose/landmarks';
import { rolledFrame } from '../../../eval/rolled-landmarks';
import { standingSide } from '../helpers/figures';
import { frameOf, frontViewPose } from '../helpers/synthetic-pose';

/** Standing upright facing the camera: the shared standing figure, its two sides spread apart. */
const standing = (t: number) =>
  frameOf([frontViewPose(standingSide, { halfWidth: 0.05 })], { timestampMs: t });

function withoutAnkles(frame: PoseFrame): PoseFrame {
  const ankles: number[] = [LANDMARK.leftAnkle, LANDMARK.rightAnkle];
  return {
    ...frame,
    poses: frame.poses.map((pose) => ({
      ...pose,
      landmarks: pose.landmarks.map((l, i) => (ankles.includes(i) ? { ...l, visibility: 0 } : l)),
    })),
  };
}

/** The trunk's lean from upright after `seconds` of the same frame, levelled by the feet. */
function leanAfter(frameAt: (t: number) => PoseFrame, seconds: number): number {
  const level = createFeetFloor();
  let lean = Number.NaN;
  for (let t = 0; t <= seconds * 1000; t += 100) {
    lean = trunkLean(level(buildBodyFrame(frameAt(t))!))!.deg;
  }
  return lean;
}

describe('feet floor', () => {
  it('reads an upright trunk as upright under a camera rolled either way', () => {
    for (const degrees of [8, -8, 15, -15]) {
      const rolled = (t: number) => rolledFrame(standing(t), degrees);
      // As seen, the trunk leans by the camera's roll.
      expect(trunkLean(buildBodyFrame(rolled(0))!)!.deg).toBeCloseTo(Math.abs(degrees), 0);
      expect(leanAfter(rolled, 1)).toBeLessThan(1);
    }
  });

  it('keeps the picture as seen while the ankles are out of sight', () => {
    const rolled = (t: number) => withoutAnkles(rolledFrame(standing(t), 15));
    expect(leanAfter(rolled, 1)).toBeCloseTo(15, 0);
  });

  it('takes no floor from feet more tilted than a camera rolls (one foot lifted)', () => {
    expect(leanAfter((t) => rolledFrame(standing(t), 30), 1)).toBeCloseTo(30, 0);
  });
});
