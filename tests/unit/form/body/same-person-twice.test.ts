import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { frameGuidance } from '../../../../src/form/body/frame-guidance';
import { frameOf, frontViewPose } from '../helpers/synthetic-pose';

const STANDING = {
  nose: [0.5, 0.13],
  ear: [0.52, 0.13],
  shoulder: [0.55, 0.25],
  elbow: [0.56, 0.38],
  wrist: [0.56, 0.5],
  hip: [0.53, 0.52],
  knee: [0.53, 0.7],
  ankle: [0.53, 0.88],
} as const satisfies Record<string, [number, number]>;

describe('one person only', () => {
  /** One standing figure per offset, moved across the picture by that much. */
  const guidanceFor = (offsets: number[]) => {
    const at = (dx: number) =>
      Object.fromEntries(
        Object.entries(STANDING).map(([joint, [x, y]]) => [joint, [x + dx, y] as [number, number]]),
      );
    const frame = frameOf(offsets.map((dx) => frontViewPose(at(dx), { centreX: 0.5 + dx })));
    return frameGuidance(frame, buildBodyFrame(frame), ['shoulders'], 'front');
  };

  it('is asked for when a second person stands beside the first', () => {
    expect(guidanceFor([-0.25, 0.2])).toBe('one-person-only');
  });

  it('is not asked for when the model finds the same person twice, nearly on top of each other', () => {
    // Close up, the model can return a second, partial skeleton on the same body (the
    // head-and-shoulders neck-turns clip: two poses of 0.23 and 0.22 of the frame, noses together).
    expect(guidanceFor([0, 0.01])).toBeNull();
  });
});
