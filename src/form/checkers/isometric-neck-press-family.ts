/**
 * Shared by the isometric neck presses (back into the clasped hands, forward into the palm), seen
 * from the side: the hands are at the head, and the head must not move while it presses. The head
 * is followed by two measures: the ear's place relative to the shoulder, in neck lengths (ear to
 * shoulder), so that it does not depend on the distance from the camera, which shows the head
 * sliding forward or back; and the angle of the ear-to-nose line against the neck (shoulder to
 * ear), which shows the head nodding about the ear, where the ear itself hardly moves.
 */
import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { sidePoints } from '../body/body-side';
import { isVisible } from '../body/visibility';
import { distance } from '../geometry/distance';
import { signedAngleDeg } from '../geometry/signed-angle';
import { createSteadiness } from '../movement/steadiness';
import type { BodyFrame, Fault, Point } from '../types';
import { severityAbove } from './severity';

export const neckPressParamsShape = {
  /** A hand within this many neck lengths of the ear or the nose: the hands are at the head. */
  maxHandToHead: z.number().positive(),
  /**
   * The ear moving more than this (neck lengths) forward-back or up-down, each way on its own, over
   * `steadyWindowMs`: the head is moving.
   */
  maxHeadTravel: z.number().positive(),
  /**
   * The head nodding more than this (degrees) over `steadyWindowMs`: the head is moving. The ear
   * and nose are a few centimetres apart, so a still head's line trembles by up to about 9 degrees
   * over 1.5 s as the model tracks it (measured on side-on holds).
   */
  maxHeadNodDeg: z.number().positive(),
  steadyWindowMs: z.number().positive(),
};

export interface NeckPressShape {
  ear: Point;
  shoulder: Point;
  nose: Point;
  neck: number;
}

/** The head and shoulder of the near side, when the hands are at the head; else null. */
function pressingShape(body: BodyFrame, params: { maxHandToHead: number }): NeckPressShape | null {
  const p = sidePoints(body, body.nearSide);
  const nose = body.points[LANDMARK.nose];
  if (!nose || !isVisible(body, LANDMARK.nose)) return null;
  const neck = distance(p.ear, p.shoulder);
  if (neck === 0) return null;
  const hands = [LANDMARK.leftWrist, LANDMARK.rightWrist].map((i) => body.points[i]!);
  const handAtHead = hands.some(
    (hand) => Math.min(distance(hand, p.ear), distance(hand, nose)) <= params.maxHandToHead * neck,
  );
  return handAtHead ? { ear: p.ear, shoulder: p.shoulder, nose, neck } : null;
}

/** The ear-to-nose line's angle from the shoulder-to-ear line, degrees (-180 to 180). */
function headToNeckDeg(shape: NeckPressShape): number {
  const neck = { x: shape.ear.x - shape.shoulder.x, y: shape.ear.y - shape.shoulder.y };
  const face = { x: shape.nose.x - shape.ear.x, y: shape.nose.y - shape.ear.y };
  return signedAngleDeg(neck, face);
}

/** Remembers where the head was, to tell a still press from a head that gives way. */
export function createHeadSteadiness(params: {
  maxHeadTravel: number;
  maxHeadNodDeg: number;
  steadyWindowMs: number;
}) {
  const steadiness = createSteadiness(params.steadyWindowMs, [
    params.maxHeadTravel,
    params.maxHeadTravel,
    params.maxHeadNodDeg,
  ]);
  return {
    /** The head-moving fault, if the head has wandered past a tolerance within the window. */
    update(t: number, shape: NeckPressShape): Fault | null {
      const wander = steadiness.update(t, [
        (shape.ear.x - shape.shoulder.x) / shape.neck,
        (shape.ear.y - shape.shoulder.y) / shape.neck,
        headToNeckDeg(shape),
      ]);
      // Full severity at twice the tolerance.
      const severity = severityAbove(wander, 1, 1);
      return severity > 0 ? { id: 'head-moving', bodyPart: 'head', severity } : null;
    },
    /** The hands left the head: the next press is followed afresh. */
    reset: () => steadiness.reset(),
  };
}

/**
 * Follows a press frame by frame: the pressing shape and the head-moving fault while the hands are
 * at the head, null (and the head followed afresh next time) once they leave it.
 */
export function createPressFollower(params: z.infer<z.ZodObject<typeof neckPressParamsShape>>) {
  const steadiness = createHeadSteadiness(params);
  return (body: BodyFrame): { shape: NeckPressShape; moving: Fault | null } | null => {
    const shape = pressingShape(body, params);
    if (!shape) {
      steadiness.reset();
      return null;
    }
    return { shape, moving: steadiness.update(body.timestampMs, shape) };
  };
}
