import { describe, expect, it } from 'vitest';
import { chinTuckTurnsChecker } from '../../../../src/form/checkers/chin-tuck-turns';
import { neckTurnsChecker } from '../../../../src/form/checkers/neck-turns';
import { clipFixtureSkipReason, loadClipFixture } from '../../../fixtures/load-fixture';
import { faceTimeline } from './face-frames';
import { expectRepsAtPeaks, personPeaks } from './labelled-peaks';
import { contentParams, runChecker } from './run-checker';

const params = contentParams(neckTurnsChecker);

describe('neck-turns checker', () => {
  it('counts each turn to one side as a rep of that side', () => {
    const frames = faceTimeline([
      [0, {}],
      [1, { yawDeg: 60 }],
      [2, {}],
      [3, { yawDeg: -60 }],
      [4, {}],
      [5, { yawDeg: 55 }],
      [6, {}],
    ]);
    const run = runChecker(neckTurnsChecker, params, frames);
    expect(run.repsBySide).toEqual({ left: 2, right: 1 });
  });

  it('counts a turn straight from one side to the other as two', () => {
    const frames = faceTimeline([
      [0, {}],
      [1, { yawDeg: 60 }],
      [2.5, { yawDeg: -60 }],
      [3.5, {}],
    ]);
    expect(runChecker(neckTurnsChecker, params, frames).repsBySide).toEqual({ left: 1, right: 1 });
  });

  it('does not count a glance, a nod or a tilt', () => {
    const frames = faceTimeline([
      [0, {}],
      [1, { yawDeg: 15 }],
      [2, {}],
      [3, { pitchDeg: 30 }],
      [4, {}],
      [5, { rollDeg: 30 }],
      [6, {}],
    ]);
    expect(runChecker(neckTurnsChecker, params, frames).reps).toHaveLength(0);
  });

  it('names a turn that stops short', () => {
    const frames = faceTimeline([
      [0, {}],
      [1, { yawDeg: 36 }],
      [2, {}],
    ]);
    const run = runChecker(neckTurnsChecker, params, frames);
    const faultIds = run.assessments.flatMap((a) => a?.faults.map((f) => f.id) ?? []);
    expect(faultIds).toContain('turn-too-small');
    expect(run.reps).toHaveLength(1);
  });
});

describe('chin-tuck-turns checker', () => {
  const tuck = contentParams(chinTuckTurnsChecker);
  it('counts turns and asks to keep the chin down when it comes up', () => {
    const frames = faceTimeline([
      [0, { pitchDeg: 30 }],
      [1, { yawDeg: 50, pitchDeg: 30 }],
      [2, { pitchDeg: 30 }],
      [3, { yawDeg: -50, pitchDeg: 0 }],
      [4, { pitchDeg: 0 }],
    ]);
    const run = runChecker(chinTuckTurnsChecker, tuck, frames);
    expect(run.repsBySide).toEqual({ left: 1, right: 1 });
    const chinUp = run.assessments.map((a) => a?.faults.some((f) => f.id === 'chin-lifted'));
    expect(chinUp.slice(0, 15).some(Boolean)).toBe(false);
    expect(chinUp.slice(-5).every(Boolean)).toBe(true);
  });
});

const CLIP = 'neck-turns-webcam';
const skip = clipFixtureSkipReason(CLIP);
describe.skipIf(skip !== undefined)(`neck-turns on ${CLIP} ${skip ?? ''}`, () => {
  it('counts every labelled turn, on its side, as the head gets there', () => {
    const { frames, label } = loadClipFixture(CLIP);
    const run = runChecker(neckTurnsChecker, params, frames);
    // The clip opens mid-turn (head 25 degrees round at 0.0 s, peak at 0.4 s): seen arriving at
    // the top, that turn counts too.
    expectRepsAtPeaks(run.reps, personPeaks(label), 0.7);
  });
});
