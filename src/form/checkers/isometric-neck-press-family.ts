/**
 * Shared by the isometric neck presses (back into the clasped hands, forward into the palm), seen
 * from the side: the hands are at the head, and the head must not move while it presses. The head
 * is followed as the ear's place relative to the shoulder, in neck lengths (ear to shoulder), so the
 * steadiness does not depend on the distance from the camera.
 */
import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { sidePoints } from '../body/body-side';
import { isVisible } from '../body/visibility';
import { distance } from '../geometry/distance';
import type { BodyFrame, Fault, Point } from '../types';
import { severityAbove } from './severity';

export const neckPressParamsShape = {
  /** A hand within this many neck lengths of the ear or the nose: the hands are at the head. */
  maxHandToHead: z.number().positive(),
  /** The ear wandering more than this (neck lengths) over `steadyWindowMs`: the head is moving. */
  maxHeadTravel: z.number().positive(),
  steadyWindowMs: z.number().positive(),
};

export interface NeckPressShape {
  ear: Point;
  shoulder: Point;
  nose: Point;
  neck: number;
}

/** The head and shoulder of the near side, when the hands are at the head; else null. */
export function pressingShape(
  body: BodyFrame,
  params: { maxHandToHead: number },
): NeckPressShape | null {
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

/** Remembers where the head was, to tell a still press from a head that gives way. */
export function createHeadSteadiness(params: { maxHeadTravel: number; steadyWindowMs: number }) {
  const recent: { t: number; x: number; y: number }[] = [];
  return (t: number, shape: NeckPressShape): Fault | null => {
    recent.push({
      t,
      x: (shape.ear.x - shape.shoulder.x) / shape.neck,
      y: (shape.ear.y - shape.shoulder.y) / shape.neck,
    });
    while (recent[0]!.t < t - params.steadyWindowMs) recent.shift();
    const xs = recent.map((r) => r.x);
    const ys = recent.map((r) => r.y);
    const travel = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const severity = severityAbove(travel, params.maxHeadTravel, params.maxHeadTravel);
    return severity > 0 ? { id: 'head-moving', bodyPart: 'head', severity } : null;
  };
}
