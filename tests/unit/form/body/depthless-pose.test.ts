/**
 * A pose from a model without depth or feet (MoveNet): no world landmarks, heels and foot tips not
 * visible. The engine must read it from the picture and still judge what it can.
 */
import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { getChecker } from '../../../../src/form/checkers/registry';
import { MOVENET_MISSING_LANDMARKS } from '../../../../src/pose/backends/movenet-keypoints';
import type { PoseFrame } from '../../../../src/pose/landmarks';
import { exerciseSpec } from '../helpers/content';
import { straightForearmPlank, withJoint } from '../helpers/figures';
import { sideViewFrame, type Figure } from '../helpers/synthetic-pose';

function depthless(figure: Figure): PoseFrame {
  const frame = sideViewFrame(figure);
  const pose = frame.poses[0]!;
  const landmarks = pose.landmarks.map((l, i) => ({
    ...l,
    z: 0,
    visibility: MOVENET_MISSING_LANDMARKS.includes(i) ? 0 : l.visibility,
  }));
  return { ...frame, poses: [{ landmarks, worldLandmarks: [] }] };
}

function plankFaults(figure: Figure) {
  const definition = getChecker('plank');
  const assess = definition.create(
    definition.paramsSchema.parse(exerciseSpec('plank').checker.params),
  );
  const body = buildBodyFrame(depthless(figure))!;
  return { body, assessment: assess(body) };
}

describe('a pose without depth and feet', () => {
  it('gets flat world points from the picture and a view read from the picture', () => {
    const { body } = plankFaults(straightForearmPlank);
    expect(body.world).toHaveLength(body.points.length);
    expect(body.world.every((p) => p.z === 0)).toBe(true);
    expect(body.view).toBe('side');
  });

  it('still judges a plank: straight is fine, sagging hips are seen', () => {
    expect(plankFaults(straightForearmPlank).assessment).toMatchObject({
      inPosition: true,
      faults: [],
    });
    const sag = plankFaults(withJoint(straightForearmPlank, 'hip', [0.5, 0.68])).assessment;
    expect(sag.faults.map((f) => f.id)).toEqual(['hips-sagging']);
  });
});
