import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { cutOffRegions, missingRegions } from '../../../../src/form/body/visibility';
import { LANDMARK } from '../../../../src/pose/landmarks';
import { allFours, withJoint } from '../helpers/figures';
import { sideViewFrame } from '../helpers/synthetic-pose';

describe('cut-off regions', () => {
  it('names a region outside the picture, not one hidden behind the body', () => {
    const below = buildBodyFrame(sideViewFrame(withJoint(allFours, 'wrist', [0.32, 1.05])))!;
    expect(cutOffRegions(below, ['wrists', 'knees'])).toEqual(['wrists']);
    // Both hands in the picture, guessed behind the body: missing, but not cut off.
    const hidden = buildBodyFrame(
      sideViewFrame(allFours, {
        visibility: { [LANDMARK.leftWrist]: 0.2, [LANDMARK.rightWrist]: 0.1 },
      }),
    )!;
    expect(missingRegions(hidden, ['wrists'])).toEqual(['wrists']);
    expect(cutOffRegions(hidden, ['wrists'])).toEqual([]);
  });

  it('does not name a region seen on one side while the other is outside the picture', () => {
    const frame = sideViewFrame(allFours);
    frame.poses[0]!.landmarks[LANDMARK.rightWrist]!.y = 1.1;
    const body = buildBodyFrame(frame)!;
    expect(cutOffRegions(body, ['wrists'])).toEqual([]);
  });
});
