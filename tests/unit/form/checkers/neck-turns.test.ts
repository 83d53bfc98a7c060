import { describe, expect, it } from 'vitest';
import { chinTuckTurnsChecker } from '../../../../src/form/checkers/chin-tuck-turns';
import { neckTurnsChecker } from '../../../../src/form/checkers/neck-turns';
import { createFormEngine } from '../../../../src/form/engine';
import { traceEngine } from '../../../eval/engine-trace';
import { exerciseSpec } from '../helpers/content';
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

  it('keeps a turn past what the face shows in position, counted once, until the face is back', () => {
    const frames = faceTimeline([
      [0, {}],
      [0.5, { yawDeg: 50 }],
      [1, { yawDeg: 88 }],
      [3, { yawDeg: 88 }],
      [3.5, { yawDeg: 50 }],
      [4, {}],
    ]);
    const run = runChecker(neckTurnsChecker, params, frames);
    const beyond = run.assessments.slice(15, 28);
    expect(beyond.every((a) => a?.inPosition)).toBe(true);
    expect(run.repsBySide).toEqual({ left: 1, right: 0 });
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

const CLOSE = 'neck-turns-woman-head-shoulders-white-front';
const skipClose = clipFixtureSkipReason(CLOSE);
describe.skipIf(skipClose !== undefined)(`neck-turns on ${CLOSE} ${skipClose ?? ''}`, () => {
  it('counts the four turns, filmed head-and-shoulders, the full ones past what the face shows', () => {
    const { frames, label } = loadClipFixture(CLOSE);
    // Through the engine: the clip opens with the same person found twice (not "one person only"),
    // and the first full turn (3.0-6.75 s) goes beyond the 78 degrees the face can be measured to.
    const trace = traceEngine(frames, createFormEngine(exerciseSpec('neck-turns')));
    const peaks = personPeaks(label);
    expect(trace.repEvents.map((rep) => rep.side)).toEqual(peaks.map((peak) => peak.side));
    // Counted as the head gets there, within the turn: the label's notes time the four turns at
    // 0.75-9.0, 10.25-13.0, 14.5-21.0 and 23.5-27.0 s (each peak is its plateau's middle).
    const turns = [
      [0.75, 9.0],
      [10.25, 13.0],
      [14.5, 21.0],
      [23.5, 27.0],
    ];
    for (const [i, rep] of trace.repEvents.entries()) {
      const [start, end] = turns[i]!;
      expect(rep.atMs / 1000).toBeGreaterThanOrEqual(start!);
      expect(rep.atMs / 1000).toBeLessThanOrEqual(Math.min(end!, peaks[i]!.atS + 0.5));
    }
    expect(trace.samples.flatMap((s) => s.faultIds)).not.toContain('turn-too-small');
  });
});
