import { describe, expect, it } from 'vitest';
import { LANDMARK, LANDMARK_COUNT } from '../../pose/landmarks';
import type { Point } from '../types';
import { headPose } from './head-pose';

type Vec3 = [number, number, number];

/** A head facing the camera (-z), in centimetres, x toward the image's right, y down. */
const HEAD: Partial<Record<keyof typeof LANDMARK, Vec3>> = {
  nose: [0, 1.5, -11],
  leftEye: [3.2, -2, -8],
  rightEye: [-3.2, -2, -8],
  leftEar: [7.5, 0, 0],
  rightEar: [-7.5, 0, 0],
};

function rotate([x, y, z]: Vec3, yawDeg: number, rollDeg: number, pitchDeg: number): Vec3 {
  const rad = Math.PI / 180;
  // Pitch about x (chin down moves the nose tip down), yaw about y (nose toward the person's left,
  // the image's right), then roll about z (left ear down, clockwise on screen).
  const [p, w, r] = [pitchDeg * rad, yawDeg * rad, rollDeg * rad];
  let [a, b, c] = [x, y * Math.cos(p) - z * Math.sin(p), y * Math.sin(p) + z * Math.cos(p)];
  [a, c] = [a * Math.cos(w) - c * Math.sin(w), a * Math.sin(w) + c * Math.cos(w)];
  [a, b] = [a * Math.cos(r) - b * Math.sin(r), a * Math.sin(r) + b * Math.cos(r)];
  return [a, b, c];
}

function face(yawDeg: number, rollDeg: number, pitchDeg: number, scale = 1, at = { x: 0, y: 0 }) {
  const points: Point[] = Array.from({ length: LANDMARK_COUNT }, () => ({ x: 0, y: 0 }));
  for (const [name, p] of Object.entries(HEAD) as [keyof typeof LANDMARK, Vec3][]) {
    const [x, y] = rotate(p, yawDeg, rollDeg, pitchDeg);
    points[LANDMARK[name]] = { x: at.x + x * scale, y: at.y + y * scale };
  }
  points[LANDMARK.leftShoulder] = { x: at.x + 20 * scale, y: at.y + 25 * scale };
  points[LANDMARK.rightShoulder] = { x: at.x - 20 * scale, y: at.y + 25 * scale };
  return points;
}

describe('headPose', () => {
  it('reads a head facing the camera as neutral', () => {
    const pose = headPose(face(0, 0, 0));
    expect(pose).not.toBeNull();
    expect(Math.abs(pose!.yawDeg)).toBeLessThan(1);
    expect(Math.abs(pose!.rollDeg)).toBeLessThan(1);
    expect(Math.abs(pose!.pitchDeg)).toBeLessThan(12);
  });

  it.each([20, 45, 60])('measures a turn of %d degrees to either side', (deg) => {
    const left = headPose(face(deg, 0, 0))!;
    const right = headPose(face(-deg, 0, 0))!;
    expect(left.yawDeg).toBeGreaterThan(deg * 0.6);
    expect(left.yawDeg).toBeLessThan(deg * 1.4);
    expect(right.yawDeg).toBeCloseTo(-left.yawDeg, 5);
    expect(Math.abs(left.rollDeg)).toBeLessThan(3);
  });

  it.each([15, 35])('measures a tilt of %d degrees ear toward shoulder', (deg) => {
    expect(headPose(face(0, deg, 0))!.rollDeg).toBeCloseTo(deg, 0);
    expect(headPose(face(0, -deg, 0))!.rollDeg).toBeCloseTo(-deg, 0);
    expect(Math.abs(headPose(face(0, deg, 0))!.yawDeg)).toBeLessThan(2);
  });

  it('reads the tilt against the shoulders, not the picture', () => {
    const points = face(0, 20, 0);
    // Lean the whole upper body (shoulders included) by the same 20 degrees: the neck is straight.
    const rad = (20 * Math.PI) / 180;
    for (const index of [LANDMARK.leftShoulder, LANDMARK.rightShoulder]) {
      const p = points[index]!;
      points[index] = {
        x: p.x * Math.cos(rad) - p.y * Math.sin(rad),
        y: p.x * Math.sin(rad) + p.y * Math.cos(rad),
      };
    }
    expect(Math.abs(headPose(points)!.rollDeg)).toBeLessThan(1);
  });

  it('lowers the chin with positive pitch', () => {
    const neutral = headPose(face(0, 0, 0))!.pitchDeg;
    expect(headPose(face(0, 0, 25))!.pitchDeg - neutral).toBeGreaterThan(15);
    expect(headPose(face(0, 0, -25))!.pitchDeg - neutral).toBeLessThan(-15);
  });

  it('does not change with the distance or place in the picture', () => {
    const near = headPose(face(30, 10, 5, 3, { x: 400, y: 200 }))!;
    const far = headPose(face(30, 10, 5, 0.5, { x: 50, y: 80 }))!;
    expect(near.yawDeg).toBeCloseTo(far.yawDeg, 6);
    expect(near.rollDeg).toBeCloseTo(far.rollDeg, 6);
    expect(near.pitchDeg).toBeCloseTo(far.pitchDeg, 6);
    expect(near.faceSpan / far.faceSpan).toBeCloseTo(6, 6);
  });

  it('gives up on a face seen side-on or missing landmarks', () => {
    expect(headPose(face(89.5, 0, 0))).toBeNull();
    expect(headPose(face(84, 0, 0))).toBeNull();
    expect(headPose(face(0, 0, 0).slice(0, 5))).toBeNull();
  });
});

describe('headPose while turned', () => {
  it('does not read a turn as a nod', () => {
    const neutral = headPose(face(0, 0, 0))!.pitchDeg;
    for (const yaw of [30, 50, 65]) {
      expect(Math.abs(headPose(face(yaw, 0, 0))!.pitchDeg - neutral)).toBeLessThan(3);
      expect(headPose(face(yaw, 0, 25))!.pitchDeg - neutral).toBeGreaterThan(15);
    }
  });
});
