import { describe, expect, it } from 'vitest';
import { neckTiltsChecker } from '../../../../src/form/checkers/neck-tilts';
import { faceFrame, faceTimeline } from './face-frames';
import { clipFixtureSkipReason, loadClipFixture } from '../../../fixtures/load-fixture';
import { expectRepsAtPeaks, personPeaks } from './labelled-peaks';
import { contentParams, runChecker } from './run-checker';

const params = contentParams(neckTiltsChecker);

describe('neck-tilts checker', () => {
  it('counts each tilt of the ear toward a shoulder as a rep of that side', () => {
    const frames = faceTimeline([
      [0, {}],
      [1, { rollDeg: 30 }],
      [2, {}],
      [3, { rollDeg: -30 }],
      [4, {}],
      [5, { rollDeg: 25 }],
      [6, {}],
    ]);
    expect(runChecker(neckTiltsChecker, params, frames).repsBySide).toEqual({ left: 2, right: 1 });
  });

  it('does not count turns or nods, nor a slight tilt', () => {
    const frames = faceTimeline([
      [0, {}],
      [1, { yawDeg: 50 }],
      [2, {}],
      [3, { pitchDeg: 30 }],
      [4, {}],
      [5, { rollDeg: 9 }],
      [6, {}],
    ]);
    expect(runChecker(neckTiltsChecker, params, frames).reps).toHaveLength(0);
  });

  it('catches the shoulder hitched up instead of the head tilting', () => {
    const frames = Array.from({ length: 20 }, (_, i) =>
      faceFrame(i * 100, { yawDeg: 0, rollDeg: 20, pitchDeg: 0 }, { shoulderTiltDeg: -15 }),
    );
    const run = runChecker(neckTiltsChecker, params, frames);
    expect(run.assessments.at(-1)?.faults.map((f) => f.id)).toContain('shoulders-raised');
  });
});

const CLIP = 'neck-tilts-webcam';
const skip = clipFixtureSkipReason(CLIP);
describe.skipIf(skip !== undefined)(`neck-tilts on ${CLIP} ${skip ?? ''}`, () => {
  it('counts every labelled tilt, on its side, as the head gets there', () => {
    const { frames, label } = loadClipFixture(CLIP);
    const run = runChecker(neckTiltsChecker, params, frames);
    // The last tilt peaks 0.4 s before the clip is cut, still tilted: reached, so counted.
    expectRepsAtPeaks(run.reps, personPeaks(label), 0.7);
  });
});
