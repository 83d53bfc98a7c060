import { describe, expect, it } from 'vitest';
import { headCirclesChecker } from '../../../../src/form/checkers/circle-checkers';
import { faceFrame } from './face-frames';
import { contentParams, runChecker } from './run-checker';

const params = contentParams(headCirclesChecker);

/** Head circles at `secondsPerCircle`: the nose traces a circle (turning and nodding together). */
function headCircles(turns: number[], secondsPerCircle = 5) {
  const frames = [];
  let angle = 0;
  let t = 0;
  for (const turn of turns) {
    const steps = Math.round((Math.abs(turn) * secondsPerCircle * 1000) / 100);
    for (let i = 0; i < steps; i++) {
      angle += (Math.sign(turn) * 2 * Math.PI) / (secondsPerCircle * 10);
      frames.push(
        faceFrame(t, { yawDeg: 25 * Math.sin(angle), rollDeg: 0, pitchDeg: 25 * Math.cos(angle) }),
      );
      t += 100;
    }
  }
  return frames;
}

describe('head-circles checker', () => {
  it('counts circles per direction', () => {
    const run = runChecker(headCirclesChecker, params, headCircles([3, -2.25]));
    // The nose going from the bottom to the image's right first: counter-clockwise on screen.
    expect(run.repsBySide).toEqual({ left: 3, right: 2 });
  });

  it('does not count a half circle rocked back and forth', () => {
    const run = runChecker(
      headCirclesChecker,
      params,
      headCircles([0.5, -0.5, 0.5, -0.5, 0.5, -0.5]),
    );
    expect(run.reps).toHaveLength(0);
  });

  it('says when the circles are hurried', () => {
    const run = runChecker(headCirclesChecker, params, headCircles([4], 1.5));
    const ids = run.assessments.flatMap((a) => a?.faults.map((f) => f.id) ?? []);
    expect(ids).toContain('moving-too-fast');
  });
});
