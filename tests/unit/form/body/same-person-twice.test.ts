import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { frameGuidance } from '../../../../src/form/body/frame-guidance';
import { frameOf, frontViewPose, type Figure } from '../helpers/synthetic-pose';

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

/** The figure moved across the picture by dx. */
function shifted(figure: Figure, dx: number): Figure {
  return Object.fromEntries(
    Object.entries(figure).map(([joint, [x, y]]) => [joint, [x + dx, y] as [number, number]]),
  );
}

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

  it('is not asked for when a partial skeleton lies inside the whole one (head and arms only)', () => {
    // Lying face down filmed head-on, the model also returns the head, shoulders and arms alone
    // inside the whole body's box: a third of the whole box, so under half of their union.
    const { nose, ear, shoulder, elbow } = STANDING;
    const whole = frontViewPose(STANDING);
    const partial = frontViewPose(shifted({ nose, ear, shoulder, elbow }, 0.005), {
      centreX: 0.505,
    });
    const frame = frameOf([whole, partial]);
    expect(frameGuidance(frame, buildBodyFrame(frame), ['shoulders'], 'front')).toBeNull();
  });

  it('is asked for when the other person only partly overlaps the first (one behind, beside)', () => {
    const { nose, ear, shoulder, elbow } = STANDING;
    const whole = frontViewPose(STANDING);
    // Upper body of someone standing half a body width to the side, and a little behind.
    const partial = frontViewPose(shifted({ nose, ear, shoulder, elbow }, 0.12), {
      centreX: 0.62,
    });
    const frame = frameOf([whole, partial]);
    expect(frameGuidance(frame, buildBodyFrame(frame), ['shoulders'], 'front')).toBe(
      'one-person-only',
    );
  });
});
