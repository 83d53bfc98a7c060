/**
 * The reverse fly filmed head-on (a phone on the floor in front of the face, as people film
 * themselves): recognised as lying face down from the world landmarks, counted from the arms, on
 * its recorded clip and on a hand-made pose.
 */
import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { reverseFlyChecker } from '../../../../src/form/checkers/reverse-fly';
import { createFormEngine } from '../../../../src/form/engine';
import { LANDMARK, type Pose } from '../../../../src/pose/landmarks';
import { traceEngine } from '../../../eval/engine-trace';
import { rolledFrame } from '../../../eval/rolled-landmarks';
import { framesAtTempo } from '../../../eval/tempo';
import { clipFixtureSkipReason, loadClipFixture } from '../../../fixtures/load-fixture';
import { exerciseSpec } from '../helpers/content';
import { frameOf } from '../helpers/synthetic-pose';
import { contentParams } from './run-checker';

const params = contentParams(reverseFlyChecker);

/**
 * Lying face down along the line of sight, seen from the head end; the arms out to the sides at
 * `armDeg` above the floor (world landmarks: metres, y down, z away from the camera). When
 * `standing`, the same person upright facing the camera.
 */
function headOn(armDeg: number, standing = false): Pose {
  const landmarks = Array.from({ length: 33 }, () => ({ x: 0.5, y: 0.5, z: 0, visibility: 0.9 }));
  const worldLandmarks = Array.from({ length: 33 }, () => ({ x: 0, y: 0, z: 0, visibility: 0.9 }));
  const a = (armDeg * Math.PI) / 180;
  // Along the body: depth when lying, height when standing.
  const along = (d: number) => (standing ? { y: -d, z: 0 } : { y: 0, z: -d });
  const place = (index: number, world: { x: number; y: number; z: number }) => {
    worldLandmarks[index] = { ...world, visibility: 0.9 };
    // A camera at floor level: further away is higher in the picture and nearer the middle.
    const depth = 1.5 + world.z;
    landmarks[index] = {
      x: 0.5 + (0.6 * world.x) / depth,
      y: 0.6 + (0.6 * (world.y - (standing ? 0 : 0.1))) / depth,
      z: world.z,
      visibility: 0.9,
    };
  };
  place(LANDMARK.nose, { x: 0, ...along(0.7), y: standing ? -0.7 : 0.05 });
  for (const sign of [1, -1]) {
    const side = sign > 0 ? 'left' : 'right';
    const idx = (name: string) => LANDMARK[`${side}${name}` as keyof typeof LANDMARK];
    place(idx('Ear'), { x: sign * 0.08, ...along(0.65) });
    place(idx('Shoulder'), { x: sign * 0.2, ...along(0.5) });
    const shoulder = worldLandmarks[idx('Shoulder')]!;
    for (const [joint, reach] of [
      ['Elbow', 0.3],
      ['Wrist', 0.55],
    ] as const) {
      place(idx(joint), {
        x: shoulder.x + sign * reach * Math.cos(a),
        y: shoulder.y - reach * Math.sin(a),
        z: shoulder.z,
      });
    }
    place(idx('Hip'), { x: sign * 0.15, ...along(0) });
    place(idx('Knee'), { x: sign * 0.12, ...along(-0.45) });
    place(idx('Ankle'), { x: sign * 0.1, ...along(-0.9) });
  }
  return { landmarks, worldLandmarks };
}

const assess = (pose: Pose) => {
  const body = buildBodyFrame(frameOf([pose]))!;
  return { view: body.view, ...reverseFlyChecker.create(params)(body) };
};

describe('reverse fly filmed head-on', () => {
  it('recognises lying face down from the head end, and follows the arms', () => {
    const rest = assess(headOn(-15));
    const top = assess(headOn(15));
    expect(rest.view).toBe('front');
    expect(rest.inPosition).toBe(true);
    expect(top.inPosition).toBe(true);
    expect(rest.movement!).toBeLessThanOrEqual(params.repExit);
    expect(top.movement!).toBeGreaterThanOrEqual(params.repEnter);
  });

  it('reads both arms together, so a camera not quite level moves neither rest nor top', () => {
    // Rolled 12 degrees, one arm reads 12 higher and the other 12 lower: the higher alone would
    // put the rest at -3, above the textbook rest, and rest noise would cross into a lift.
    const rolledAssess = (armDeg: number, degrees: number) => {
      const body = buildBodyFrame(rolledFrame(frameOf([headOn(armDeg)]), degrees))!;
      return reverseFlyChecker.create(params)(body);
    };
    for (const degrees of [12, -12]) {
      const rest = rolledAssess(-15, degrees);
      expect(rest.inPosition).toBe(true);
      expect(rest.movement!).toBeCloseTo(assess(headOn(-15)).movement!, 0);
      expect(rolledAssess(15, degrees).movement!).toBeCloseTo(assess(headOn(15)).movement!, 0);
    }
  });

  it('does not take a person standing with arms out for one lying down', () => {
    expect(assess(headOn(0, true)).inPosition).toBe(false);
  });

  const CLIP = 'prone-reverse-fly-t-raise-man-gym-head-on-pillarboxed';
  const skip = clipFixtureSkipReason(CLIP);
  it.skipIf(skip !== undefined)(
    `counts the four lifts of ${CLIP}, through the engine, at their labelled tops ${skip ?? ''}`,
    () => {
      const { frames, label } = loadClipFixture(CLIP);
      const trace = traceEngine(frames, createFormEngine(exerciseSpec('reverse-fly')));
      expect(trace.finalReps).toBe(4);
      // Each rep is counted as the arms come down, within a second of its labelled top.
      for (const [i, rep] of trace.repEvents.entries()) {
        const [, topEnd] = label.repTops![i]!;
        expect(rep.atMs / 1000).toBeGreaterThan(topEnd! - 0.5);
        expect(rep.atMs / 1000).toBeLessThan(topEnd! + 1);
      }
    },
  );

  it.skipIf(skip !== undefined)(
    `counts the four lifts of ${CLIP} done twice as briskly, each top held 0.2-0.4 s ${skip ?? ''}`,
    () => {
      const { frames } = loadClipFixture(CLIP);
      const brisk = framesAtTempo(frames, 2);
      expect(traceEngine(brisk, createFormEngine(exerciseSpec('reverse-fly'))).finalReps).toBe(4);
    },
  );
});
