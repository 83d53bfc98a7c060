/**
 * Shared by the circling warm-ups (head, shoulders, arms, hips, lower leg): one moving point is
 * followed around the centre of its own path (movement/circle-sweep.ts), and each full circle is
 * a rep of its direction. The engine counts reps per side, so the direction is reported as a side:
 * 'right' for clockwise and 'left' for counter-clockwise, in the plane each checker names (as the
 * camera sees it for the head; seen from the person's right for the sagittal circles; from above
 * for the horizontal ones).
 *
 * The movement signal is the share of the current circle swept so far (0-1): it climbs through the
 * rep threshold as the circle closes and drops to 0 when it completes, so a half circle or a
 * rocking to and fro never counts.
 */
import { z } from 'zod';
import { CircleSweep } from '../movement/circle-sweep';
import type { BodyFrame, BodyPart, Fault, FrameAssessment, Point, Side } from '../types';
import { defineChecker, type CheckerDefinition, type FaultSpec } from './checker-definition';
import { createSightGap } from './sight-gap';
import type { RequiredView } from '../body/frame-guidance';
import type { BodyRegion } from '../body/visibility';
import { repTimingShape } from './timing-params';

const circleParamsShape = {
  ...repTimingShape,
  /** How much recent path sets the circle's centre: about one slow circle. */
  centreWindowMs: z.number().positive(),
  /** Smallest radius that counts as circling, in the checker's body unit. */
  minRadius: z.number().positive(),
  /** A circle done faster than this: moving-too-fast. */
  minCircleMs: z.number().positive(),
};

type CircleParams = z.infer<z.ZodObject<typeof circleParamsShape>>;

/** Where the moving point is, in a plane, with the body unit that scales `minRadius`. */
export interface CirclePoint {
  point: Point;
  unit: number;
}

export interface CircleCheckerSpec {
  kind: string;
  view: RequiredView;
  /** The part that circles: where a too-fast circle is pointed. */
  movingPart: BodyPart;
  needs: readonly BodyRegion[];
  /** The moving point, or null when the person is not in the starting position. */
  track: (body: BodyFrame) => CirclePoint | null;
  /** Faults of the position itself (e.g. elbows bent in arm circles), beyond moving too fast. */
  positionFaults?: readonly FaultSpec[];
  judge?: (body: BodyFrame) => Fault[];
  /** When the circle is read in a plane that needs depth (checker-definition.ts). */
  modelNeeds?: CheckerDefinition['modelNeeds'];
}

const sideOf = (clockwise: boolean): Side => (clockwise ? 'right' : 'left');

export function defineCircleChecker(spec: CircleCheckerSpec) {
  return defineChecker({
    kind: spec.kind,
    mode: 'reps',
    // A full circle is a full circle whoever makes it: the sweep is counted against the textbook.
    repRange: 'textbook',
    movingPart: spec.movingPart,
    view: spec.view,
    needs: spec.needs,
    ...(spec.modelNeeds ? { modelNeeds: spec.modelNeeds } : {}),
    faults: [...(spec.positionFaults ?? []), { id: 'moving-too-fast', bodyPart: spec.movingPart }],
    paramsSchema: z.strictObject(circleParamsShape),
    create(params: CircleParams) {
      const sweep = new CircleSweep(params);
      const cameBack = createSightGap(params.holdExitMs);
      let lastCircleAtMs: number | null = null;
      let tooFast = false;
      // Out of position or out of sight: the circle under way and the pace of the last ones are
      // forgotten, so a hurried circle before a break is not still called hurried after it.
      const forget = () => {
        sweep.reset();
        lastCircleAtMs = null;
        tooFast = false;
      };
      return (body): FrameAssessment => {
        if (cameBack(body.timestampMs)) forget();
        const tracked = spec.track(body);
        if (!tracked) {
          forget();
          return { inPosition: false, faults: [] };
        }
        const state = sweep.push(body.timestampMs, tracked.point, tracked.unit);
        if (state.completed) {
          if (lastCircleAtMs !== null) {
            tooFast = body.timestampMs - lastCircleAtMs < params.minCircleMs;
          }
          lastCircleAtMs = body.timestampMs;
        }
        const clockwise = state.completed ? state.completed === 'clockwise' : state.sweptDeg >= 0;
        const faults = [
          ...(spec.judge?.(body) ?? []),
          ...(tooFast ? [{ id: 'moving-too-fast', bodyPart: spec.movingPart, severity: 0.5 }] : []),
        ];
        return {
          inPosition: true,
          movement: state.completed ? 0 : Math.abs(state.sweptDeg) / 360,
          side: sideOf(clockwise),
          faults,
        };
      };
    },
  });
}
