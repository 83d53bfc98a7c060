import { median } from '../movement/median';
import type { BodyFrame, Point } from '../types';
import { turnedBody } from './levelled-body';

/**
 * A floor learnt from the moments it can be seen (a bridge's rest, both feet down): the median tilt
 * of its last `remembered` readings, so that a reading off for a moment (a foot shifting) is
 * outvoted and the floor holds while it cannot be read. Until a reading comes, the picture's own
 * horizontal.
 */
export function createRememberedFloor(remembered: number) {
  let tilts: number[] = [];
  return {
    /** A reading of the floor's tilt, degrees (null: none this frame). */
    see(tiltDeg: number | null): void {
      if (tiltDeg !== null) tilts = [...tilts, tiltDeg].slice(-remembered);
    },
    /** The body turned about `centre` until the remembered floor is level. */
    level(body: BodyFrame, centre: Point): BodyFrame {
      return tilts.length === 0 ? body : turnedBody(body, centre, -median(tilts));
    },
  };
}
