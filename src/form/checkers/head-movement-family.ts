/**
 * Shared by the neck exercises done facing the camera (turns, chin-tucked turns, tilts): the head's
 * pose from the face landmarks, each excursion to one side counted as a rep of that side as the
 * head reaches its top (repStyle 'excursion'). Sides are the person's own: a turn to the person's
 * left is a 'left' rep whichever way the picture shows it.
 */
import { z } from 'zod';
import { LANDMARK } from '../../pose/landmarks';
import { isVisible } from '../body/visibility';
import { headPose, type HeadPose } from '../geometry/head-pose';
import { segmentAngleToHorizontal } from '../geometry/segment-angle';
import type { BodyFrame, Fault, FrameAssessment, Side } from '../types';
import { defineChecker } from './checker-definition';
import { severityAbove, severityBelow } from './severity';
import { createSightGap } from './sight-gap';
import { repTimingShape } from './timing-params';

export const headExcursionParamsShape = {
  ...repTimingShape,
  /** A turn (or tilt) that peaks below this many degrees: turn-too-small / tilt-too-small. */
  fullRangeDeg: z.number().positive(),
  /** The shoulder line tilted (tilts) or turned (turns) more than this: the shoulders join in. */
  maxShoulderDeg: z.number().min(0).max(90),
  /** Degrees past a threshold at which a fault is at full severity. */
  severityRangeDeg: z.number().positive(),
};

const FACE = [
  LANDMARK.nose,
  LANDMARK.leftEye,
  LANDMARK.rightEye,
  LANDMARK.leftShoulder,
  LANDMARK.rightShoulder,
];

/**
 * The head pose when the face and both shoulders are seen (the ears may be hidden by hair or a
 * turn: MediaPipe places them from the rest of the head), else null.
 */
export function visibleHeadPose(body: BodyFrame): HeadPose | null {
  return FACE.every((i) => isVisible(body, i)) ? headPose(body.points) : null;
}

/** How far the shoulder line tilts from level, degrees (0-90), whichever way. */
export function shoulderTilt(body: BodyFrame): number {
  const left = body.points[LANDMARK.leftShoulder];
  const right = body.points[LANDMARK.rightShoulder];
  if (!left || !right) return 0;
  const angle = Math.abs(segmentAngleToHorizontal(right, left));
  return Math.min(angle, 180 - angle);
}

/**
 * Follows the excursion under way so that a too-small one is named while the person is at its
 * top (still moving out, nothing is judged yet), and is forgotten once they are back at rest.
 */
export function createExcursionJudge(params: {
  repEnter: number;
  fullRangeDeg: number;
  severityRangeDeg: number;
}) {
  let peak = 0;
  let lastAngle = 0;
  return (angle: number, faultId: string, bodyPart: Fault['bodyPart']): Fault | null => {
    const settling = angle >= params.repEnter && angle <= lastAngle;
    peak = angle < params.repEnter ? 0 : Math.max(peak, angle);
    lastAngle = angle;
    if (!settling) return null;
    const severity = severityBelow(peak, params.fullRangeDeg, params.severityRangeDeg);
    return severity > 0 ? { id: faultId, bodyPart, severity } : null;
  };
}

/** One frame of a head excursion: the signed angle split into its size (movement) and side. */
export function excursion(
  signedDeg: number,
  faults: Fault[],
  extra: Partial<FrameAssessment> = {},
): FrameAssessment {
  const side: Side = signedDeg >= 0 ? 'left' : 'right';
  return { inPosition: true, movement: Math.abs(signedDeg), side, faults, ...extra };
}

/**
 * How far the shoulder line turns away from the camera, degrees (0-90), from the world landmarks'
 * depth: the trunk turning along with the head.
 */
export function shoulderTurn(body: BodyFrame): number {
  const left = body.world[LANDMARK.leftShoulder];
  const right = body.world[LANDMARK.rightShoulder];
  if (!left || !right) return 0;
  return (Math.atan2(Math.abs(left.z - right.z), Math.abs(left.x - right.x)) * 180) / Math.PI;
}

/** The shoulders-joining-in fault, if `measureDeg` passes the limit. */
export function shoulderFault(
  measureDeg: number,
  id: string,
  maxDeg: number,
  range: number,
): Fault | null {
  const severity = severityAbove(measureDeg, maxDeg, range);
  return severity > 0 ? { id, bodyPart: 'shoulders', severity } : null;
}

/** What sets one head excursion exercise apart from another. */
export interface HeadExcursionSpec {
  kind: string;
  /** The head's signed angle for this movement (yaw for turns, roll for tilts). */
  angle: (head: HeadPose) => number;
  /**
   * How far the shoulders join in, degrees, and the fault that names it. The measure is made per
   * checker (it may learn the person's rest), and given the head's signed angle on every frame.
   */
  shoulders: {
    createMeasure: () => (body: BodyFrame, headAngleDeg: number) => number;
    faultId: string;
  };
  /** The fault for an excursion that peaks short of the full range. */
  tooSmallFaultId: string;
}

/**
 * A neck exercise of head excursions facing the camera: each one to a side is a rep of that side,
 * counted as the head gets there; the shoulders joining in and a short range are the faults.
 */
export function defineHeadExcursionChecker(spec: HeadExcursionSpec) {
  return defineChecker({
    kind: spec.kind,
    mode: 'reps',
    movingPart: 'head',
    repStyle: 'excursion',
    // A turn (or tilt) that left rest but came back short of the end, uncounted: "a little further".
    shortRangeFaults: { high: spec.tooSmallFaultId },
    view: 'front',
    needs: ['head', 'shoulders'],
    faults: [
      { id: spec.shoulders.faultId, bodyPart: 'shoulders' },
      { id: spec.tooSmallFaultId, bodyPart: 'head' },
    ],
    paramsSchema: z.strictObject(headExcursionParamsShape),
    create(params) {
      const judgeRange = createExcursionJudge(params);
      const shoulderMeasure = spec.shoulders.createMeasure();
      const cameBack = createSightGap(params.holdExitMs);
      // The last angle measured while the head was out at the end of a turn or tilt: a head turned
      // further than the face can be measured (one ear hidden, the face side-on) is still there,
      // not out of position, until the face shows again.
      let outAt: number | null = null;
      return (body) => {
        if (cameBack(body.timestampMs)) outAt = null;
        const head = visibleHeadPose(body);
        if (!head) {
          if (outAt === null || !isVisible(body, LANDMARK.nose)) {
            return { inPosition: false, faults: [] };
          }
          // Counted, not judged: nothing was judged here before the face was lost either.
          return excursion(outAt, []);
        }
        const angle = spec.angle(head);
        outAt = Math.abs(angle) >= params.repEnter ? angle : null;
        const faults = [
          shoulderFault(
            shoulderMeasure(body, angle),
            spec.shoulders.faultId,
            params.maxShoulderDeg,
            params.severityRangeDeg,
          ),
          judgeRange(Math.abs(angle), spec.tooSmallFaultId, 'head'),
        ].filter((f) => f !== null);
        return excursion(angle, faults);
      };
    },
  });
}
