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
 *
 * No silent zeros: a point that keeps moving at least the smallest circle's radius, yet closes no
 * circle for one and a half centre windows (each about one slow circle), is circling too small or
 * too flat to count (small arm circles filmed front-on are mostly up and down). That is said as
 * `circles-too-small` ("make the circles bigger and rounder"); a counted circle clears it.
 */
import { z } from 'zod';
import { CircleSweep } from '../movement/circle-sweep';
import type { BodyFrame, BodyPart, Fault, FrameAssessment, Point, Side } from '../types';
import { defineChecker, type CheckerDefinition, type FaultSpec } from './checker-definition';
import { createAwayFromPosition } from './away-from-position';
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
  /**
   * What the point is measured from, where a checker has more than one way (shoulder circles:
   * the hips, or the ears when the hips are out of the picture). Points from two references are
   * not one path: a change starts the circle again.
   */
  reference?: string;
}

export interface CircleCheckerSpec {
  kind: string;
  view: RequiredView;
  /** The part that circles: where a too-fast circle is pointed. */
  movingPart: BodyPart;
  needs: readonly BodyRegion[];
  /**
   * The moving point, or null when the person is not in the starting position; `previous` is the
   * reference of the last point, to be kept while it can be.
   */
  track: (body: BodyFrame, previous: string | undefined) => CirclePoint | null;
  /** Faults of the position itself (e.g. elbows bent in arm circles), beyond moving too fast. */
  positionFaults?: readonly FaultSpec[];
  judge?: (body: BodyFrame) => Fault[];
  /** When the circle is read in a plane that needs depth (checker-definition.ts). */
  modelNeeds?: CheckerDefinition['modelNeeds'];
}

const sideOf = (clockwise: boolean): Side => (clockwise ? 'right' : 'left');

/**
 * Moving but no circle closed for this many centre windows: too small or too flat to count.
 * Measured on the footage: from 1 to 1.5 the small arm circles (a 6 s clip) hear it at 4.3-5.6 s,
 * and no clip whose circles are counted hears it up to 3; at 2 the arm clip ends before it is said.
 */
const NO_CIRCLE_WINDOWS = 1.5;

/** How far the point swings (the larger of its x and y ranges) over the recent samples. */
function swing(points: readonly Point[]): number {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

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
    faults: [
      ...(spec.positionFaults ?? []),
      { id: 'moving-too-fast', bodyPart: spec.movingPart },
      { id: 'circles-too-small', bodyPart: spec.movingPart },
    ],
    paramsSchema: z.strictObject(circleParamsShape),
    create(params: CircleParams) {
      const sweep = new CircleSweep(params);
      const cameBack = createAwayFromPosition(params.holdExitMs);
      let lastCircleAtMs: number | null = null;
      let tooFast = false;
      // Since when the point has been followed without a circle closing, and where it went lately.
      let noCircleSinceMs: number | null = null;
      let recent: { t: number; p: Point }[] = [];
      let reference: string | undefined;
      // Out of position or out of sight: the circle under way and the pace of the last ones are
      // forgotten, so a hurried circle before a break is not still called hurried after it.
      const forget = () => {
        sweep.reset();
        lastCircleAtMs = null;
        tooFast = false;
        noCircleSinceMs = null;
        recent = [];
      };
      return (body): FrameAssessment => {
        const tracked = spec.track(body, reference);
        if (cameBack(body.timestampMs, tracked !== null)) forget();
        if (!tracked) return { inPosition: false, faults: [] };
        if (tracked.reference !== reference) {
          forget();
          reference = tracked.reference;
        }
        const t = body.timestampMs;
        const state = sweep.push(t, tracked.point, tracked.unit);
        if (state.completed) {
          if (lastCircleAtMs !== null) tooFast = t - lastCircleAtMs < params.minCircleMs;
          lastCircleAtMs = t;
        }
        noCircleSinceMs = state.completed ? t : (noCircleSinceMs ?? t);
        recent.push({ t, p: tracked.point });
        recent = recent.filter((r) => t - r.t <= params.centreWindowMs);
        const tooSmall =
          t - noCircleSinceMs >= NO_CIRCLE_WINDOWS * params.centreWindowMs &&
          swing(recent.map((r) => r.p)) >= params.minRadius * tracked.unit;
        const clockwise = state.completed ? state.completed === 'clockwise' : state.sweptDeg >= 0;
        const faults = [
          ...(spec.judge?.(body) ?? []),
          ...(tooFast ? [{ id: 'moving-too-fast', bodyPart: spec.movingPart, severity: 0.5 }] : []),
          ...(tooSmall
            ? [{ id: 'circles-too-small', bodyPart: spec.movingPart, severity: 0.5 }]
            : []),
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
