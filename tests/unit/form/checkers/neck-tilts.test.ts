import { describe, expect, it } from 'vitest';
import { neckTiltsChecker } from '../../../../src/form/checkers/neck-tilts';
import { createFormEngine } from '../../../../src/form/engine';
import { exerciseSpec } from '../helpers/content';
import { faceFrame, faceTimeline, type HeadAngles } from './face-frames';
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

  it('counts tilts short of the end of range and asks for a little further, not on full ones', () => {
    const cuesOver = (rollDeg: number) => {
      const engine = createFormEngine(exerciseSpec('neck-tilts'));
      const keys: [number, Partial<HeadAngles>][] = [];
      for (let i = 0; i < 6; i++) keys.push([i * 2, {}], [i * 2 + 1, { rollDeg }]);
      const events = faceTimeline([...keys, [12, {}]]).flatMap((f) => engine.update(f).events);
      return {
        reps: engine.summary().reps,
        cues: events.flatMap((e) => (e.type === 'cue' ? [e.faultId] : [])),
      };
    };
    // 13 degrees each way: past rest (10), short of the textbook's 15, and this person's range.
    const short = cuesOver(13);
    expect(short.reps).toBe(6);
    expect(short.cues).toContain('tilt-too-small');
    expect(cuesOver(30).cues).not.toContain('tilt-too-small');
  });

  it("lets a short tilt's cue stand a while, not carry on through the full tilts after it", () => {
    const engine = createFormEngine(exerciseSpec('neck-tilts'));
    const keys: [number, Partial<HeadAngles>][] = [
      [0, {}],
      [1, { rollDeg: 13 }],
    ];
    for (let i = 1; i < 6; i++) keys.push([i * 2, {}], [i * 2 + 1, { rollDeg: 30 }]);
    const states = faceTimeline([...keys, [12, {}]]).map((f) => engine.update(f));
    const shown = (from: number) =>
      states.some((s) => s.timestampMs >= from && s.faults.some((f) => f.id === 'tilt-too-small'));
    expect(shown(2000)).toBe(true);
    // Named after the short one (back at rest at 2 s, counted), gone by the third full tilt.
    expect(shown(7000)).toBe(false);
    expect(engine.summary().reps).toBe(6);
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
