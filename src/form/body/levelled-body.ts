import { angleAtJoint } from '../geometry/angle-at-joint';
import { floorTiltDeg, rotatedAbout } from '../geometry/floor-tilt';
import type { BodyFrame, Point } from '../types';
import { lowerSide, sidePoints } from './body-side';

const ORIGIN: Point = { x: 0, y: 0 };

/**
 * The body as a level camera would show it, from two of its points that rest on the floor (a
 * kneeling body's knee and hand): when the line between them is tilted by no more than `maxTiltDeg`
 * (a camera's roll, a phone propped on something uneven), every point is turned about `floorA` until
 * that line is level, and the 3-D landmarks about the camera's axis with them (MediaPipe's world
 * landmarks are camera-aligned). A steeper line is no floor (the hand is not down yet): the body is
 * returned as seen. Everything a checker reads against the picture's horizontal or vertical then
 * holds for a camera that is not quite level.
 */
export function levelledBody(
  body: BodyFrame,
  floorA: Point,
  floorB: Point,
  maxTiltDeg: number,
): BodyFrame {
  const tilt = floorTiltDeg(floorA, floorB, maxTiltDeg);
  return tilt ? turnedBody(body, floorA, -tilt) : body;
}

/** The body turned `deg` degrees about `centre` (clockwise on screen), its 3-D landmarks alike. */
export function turnedBody(body: BodyFrame, centre: Point, deg: number): BodyFrame {
  return {
    ...body,
    points: body.points.map((p) => rotatedAbout(p, centre, deg)),
    world: body.world.map((w) => ({ ...w, ...rotatedAbout(w, ORIGIN, deg) })),
  };
}

/**
 * Kneeling with a hand down (a child's pose with the arms stretched out, table-top), the floor runs
 * from a knee to a hand: the lower of each pair, as a raised arm or leg is well above the one that
 * carries the body. The knee and the wrist sit about as high above the floor, so their line lies
 * within a degree or two of it. Only a straight arm has its hand on the floor for sure: folding
 * into a child's pose, the hands come down bent, near the knees, and their line read 20 degrees off
 * the one the same person's stretched-out arms gave a second later. Null while the arm is bent.
 */
export function kneelingFloor(body: BodyFrame): [Point, Point] | null {
  const arm = sidePoints(body, lowerSide(body, 'wrist'));
  if (angleAtJoint(arm.shoulder, arm.elbow, arm.wrist) < STRAIGHT_ARM_FROM_DEG) return null;
  return [sidePoints(body, lowerSide(body, 'knee')).knee, arm.wrist];
}

/**
 * An arm straighter than this (shoulder-elbow-wrist, degrees) is straight: it rests its hand where
 * it reaches, and a plank on it is on the hands, not the forearms.
 */
export const STRAIGHT_ARM_FROM_DEG = 145;
