/**
 * Counts circles drawn by one moving point (the nose for head circles, a wrist for arm circles, the
 * hips for hip circles) from the angle it sweeps around the centre of its own recent path.
 *
 * The centre is the mean of the point's positions over about one circle, so the count does not
 * depend on where the person stands; a full circle is 360 degrees swept in one direction, so
 * rocking back and forth or a half circle never counts. Directions are as the camera sees them.
 *
 * A circle counts once it has closed to within `CLOSED_WITHIN_DEG` of a full turn: a person who
 * draws one circle and stops where they began (or a set that ends as the circle closes) has done
 * the circle, though the centre, estimated from the path itself, and the landmarks' jitter leave
 * the last few degrees uncertain. What was counted early is owed by the next circle in the same
 * direction, so continuous circles count exactly one per turn.
 */
import type { Point } from '../types';

export type CircleDirection = 'clockwise' | 'counter-clockwise';

export interface CircleSweepOptions {
  /** How much of the recent path sets the centre: about one slow circle. */
  centreWindowMs: number;
  /**
   * Smallest radius that counts as circling, in the caller's body unit (e.g. 0.1 of a shoulder
   * width): below it the point only trembles around the centre and its angle means nothing.
   */
  minRadius: number;
}

export interface CircleSweepState {
  /** Degrees swept in the current direction since the last completed circle (signed: + clockwise). */
  sweptDeg: number;
  /** The circle completed at this sample, if any. */
  completed: CircleDirection | null;
}

const FULL_CIRCLE_DEG = 360;
/**
 * A circle this close to a full turn is closed. Measured: one hip circle filmed from upright back
 * to upright sweeps 345-351 degrees however its centre is taken. On the footage, 10 to 25 give the
 * same counts; 30-45 lose one or two backward shoulder rolls, 60 two head circles, 90 the hip circle.
 */
export const CLOSED_WITHIN_DEG = 20;
/** Going back this far against the direction of the sweep starts a sweep the other way. */
const REVERSAL_DEG = 45;
/** How much path (in centre windows) is kept while no circle completes. */
const MAX_WINDOWS = 3;

/** Angle change from a to b in degrees, the short way round: (-180, 180]. */
function angleStep(fromDeg: number, toDeg: number): number {
  let step = toDeg - fromDeg;
  while (step > 180) step -= 360;
  while (step <= -180) step += 360;
  return step;
}

export class CircleSweep {
  /** The path since the last completed circle (at most `MAX_WINDOWS` centre windows of it). */
  private readonly path: { t: number; p: Point }[] = [];
  /** The last centre window of the path, kept across completed circles. */
  private readonly recent: { t: number; p: Point }[] = [];
  /** Degrees the last circle was counted short of a full turn, and its direction (+ clockwise). */
  private owedDeg = 0;

  constructor(private readonly options: CircleSweepOptions) {}

  /**
   * Adds one sample: the point's position and a body unit (e.g. the shoulder width in the same
   * picture) that scales `minRadius`, so circling is judged the same near and far from the camera.
   */
  push(timestampMs: number, point: Point, bodyUnit: number): CircleSweepState {
    this.path.push({ t: timestampMs, p: point });
    this.recent.push({ t: timestampMs, p: point });
    while (this.recent[0]!.t < timestampMs - this.options.centreWindowMs) this.recent.shift();
    const oldest = timestampMs - MAX_WINDOWS * this.options.centreWindowMs;
    while (this.path[0]!.t < oldest) this.path.shift();

    // The sweep is measured afresh around the newest centre each time, so the first circle counts
    // even though the centre is only known once the point has gone some way round it.
    const swept = this.sweptAround(this.centre(), this.options.minRadius * bodyUnit);
    // Owed only by a circle the same way as the one counted short.
    const owed = swept * this.owedDeg > 0 ? Math.abs(this.owedDeg) : 0;
    if (Math.abs(swept) < FULL_CIRCLE_DEG - CLOSED_WITHIN_DEG + owed) {
      return { sweptDeg: swept, completed: null };
    }
    this.owedDeg = Math.sign(swept) * Math.max(0, FULL_CIRCLE_DEG + owed - Math.abs(swept));
    this.path.splice(0, this.path.length - 1);
    return { sweptDeg: 0, completed: swept > 0 ? 'clockwise' : 'counter-clockwise' };
  }

  /** Forgets the path, e.g. when the person leaves the frame. */
  reset(): void {
    this.path.length = 0;
    this.recent.length = 0;
    this.owedDeg = 0;
  }

  private centre(): Point {
    const n = this.recent.length;
    return {
      x: this.recent.reduce((sum, s) => sum + s.p.x, 0) / n,
      y: this.recent.reduce((sum, s) => sum + s.p.y, 0) / n,
    };
  }

  /** Degrees swept in one direction (+ clockwise) along the path, after its last reversal. */
  private sweptAround(centre: Point, minRadius: number): number {
    let swept = 0;
    let furthest = 0;
    let lastAngle: number | null = null;
    for (const { p } of this.path) {
      const dx = p.x - centre.x;
      const dy = p.y - centre.y;
      if (Math.hypot(dx, dy) < minRadius) {
        // Too near the centre for its angle to mean anything.
        lastAngle = null;
        continue;
      }
      // Image y points down, so atan2(dy, dx) grows clockwise on screen.
      const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
      if (lastAngle !== null) swept += angleStep(lastAngle, angle);
      lastAngle = angle;
      if (Math.abs(swept) > Math.abs(furthest) || swept * furthest < 0) {
        furthest = swept;
      } else if (Math.abs(furthest - swept) >= REVERSAL_DEG) {
        // The point turned back: what it swept before was not part of a circle the other way.
        swept -= furthest;
        furthest = swept;
      }
    }
    return swept;
  }
}
