import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { frameGuidance } from '../../../../src/form/body/frame-guidance';
import { missingRegions, regionVisible } from '../../../../src/form/body/visibility';
import { LANDMARK } from '../../../../src/pose/landmarks';
import { frameOf, frontViewPose, sideViewFrame, sideViewPose } from '../helpers/synthetic-pose';
import { standingSide, straightForearmPlank } from '../helpers/figures';

const whole = ['head', 'shoulders', 'hips', 'knees', 'ankles'] as const;

function guidanceFor(frame: ReturnType<typeof frameOf>, view: 'side' | 'front' | 'any' = 'side') {
  return frameGuidance(frame, buildBodyFrame(frame), whole, view);
}

describe('visibility', () => {
  it('counts a region visible when one side shows it (the far side hides from the side)', () => {
    const body = buildBodyFrame(sideViewFrame(standingSide, { farVisibility: 0.1 }));
    expect(body && regionVisible(body, 'knees')).toBe(true);
  });

  it('lists regions out of the picture', () => {
    const cut = { ...standingSide, knee: [0.5, 1.1], ankle: [0.5, 1.3] } as typeof standingSide;
    const body = buildBodyFrame(
      sideViewFrame(cut, { far: { ...cut, knee: [0.5, 1.1], ankle: [0.5, 1.3] } }),
    );
    expect(body && missingRegions(body, whole)).toEqual(['knees', 'ankles']);
  });
});

describe('frameGuidance', () => {
  it('asks to come into the frame when nobody is there', () => {
    expect(guidanceFor(frameOf([]))).toBe('come-into-frame');
  });

  it('says nothing when the whole body is seen from the side', () => {
    expect(guidanceFor(sideViewFrame(straightForearmPlank))).toBeNull();
  });

  it('asks to move back when the feet are out of the picture', () => {
    const cut = { ...straightForearmPlank, ankle: [1.1, 0.68] } as typeof straightForearmPlank;
    const frame = sideViewFrame(cut, {
      far: cut,
      visibility: { [LANDMARK.leftFootIndex]: 0, [LANDMARK.rightFootIndex]: 0 },
    });
    expect(guidanceFor(frame)).toBe('move-back');
  });

  it('asks to turn side-on when a side view is needed and the person faces the camera', () => {
    const frame = frameOf([frontViewPose(standingSide)]);
    expect(guidanceFor(frame, 'side')).toBe('turn-side-on');
    expect(guidanceFor(frame, 'any')).toBeNull();
    expect(guidanceFor(sideViewFrame(standingSide), 'front')).toBe('face-the-camera');
  });

  it('asks for one person only when two people of similar size are in the frame', () => {
    const a = sideViewPose(standingSide);
    const b = sideViewPose(
      Object.fromEntries(
        Object.entries(standingSide).map(([k, [x, y]]) => [k, [x - 0.3, y]]),
      ) as typeof standingSide,
    );
    expect(guidanceFor(frameOf([a, b]))).toBe('one-person-only');
  });
});
