import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { kneelingFloor, levelledBody } from '../../../../src/form/body/levelled-body';
import { LANDMARK } from '../../../../src/pose/landmarks';
import type { BodyFrame } from '../../../../src/form/types';
import { allFours, withJoint } from '../helpers/figures';
import { sideViewFrame, type Figure } from '../helpers/synthetic-pose';

function bodyOf(figure: Figure): BodyFrame {
  const body = buildBodyFrame(sideViewFrame(figure));
  if (!body) throw new Error('no body');
  return body;
}

const slope = (body: BodyFrame, a: number, b: number): number => {
  const [p, q] = [body.points[a]!, body.points[b]!];
  return (Math.atan2(q.y - p.y, q.x - p.x) * 180) / Math.PI;
};

describe('levelled body', () => {
  it('turns the whole body, picture and 3-D, until its floor line is level', () => {
    // The knee 0.03 of the picture below the wrist: the camera rolled a few degrees.
    const body = bodyOf(withJoint(allFours, 'knee', [0.62, 0.83]));
    const [knee, hand] = kneelingFloor(body)!;
    const level = levelledBody(body, knee, hand, 25);
    const [k, w] = kneelingFloor(level)!;
    expect(k.y).toBeCloseTo(w.y, 6);
    // Every other line turns by the same angle, in the picture and in the 3-D landmarks alike.
    const turn =
      slope(level, LANDMARK.leftShoulder, LANDMARK.leftHip) -
      slope(body, LANDMARK.leftShoulder, LANDMARK.leftHip);
    expect(Math.abs(turn)).toBeGreaterThan(1);
    const worldTurn =
      (Math.atan2(
        level.world[LANDMARK.leftHip]!.y - level.world[LANDMARK.leftShoulder]!.y,
        level.world[LANDMARK.leftHip]!.x - level.world[LANDMARK.leftShoulder]!.x,
      ) -
        Math.atan2(
          body.world[LANDMARK.leftHip]!.y - body.world[LANDMARK.leftShoulder]!.y,
          body.world[LANDMARK.leftHip]!.x - body.world[LANDMARK.leftShoulder]!.x,
        )) *
      (180 / Math.PI);
    expect(worldTurn).toBeCloseTo(turn, 6);
  });

  it('leaves the body as seen when the line is steeper than a camera rolls', () => {
    const body = bodyOf(allFours);
    const [knee] = kneelingFloor(body)!;
    const raised = { x: knee.x + 0.1, y: knee.y - 0.1 };
    expect(levelledBody(body, knee, raised, 25)).toBe(body);
  });

  it('finds no kneeling floor while the supporting arm is bent: the hand may not be down yet', () => {
    const bent = withJoint(allFours, 'elbow', [0.34, 0.72]);
    expect(kneelingFloor(bodyOf(bent))).toBeNull();
    expect(kneelingFloor(bodyOf(allFours))).not.toBeNull();
  });
});
