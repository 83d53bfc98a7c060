import { createRememberedFloor } from '../body/remembered-floor';
import { isVisible } from '../body/visibility';
import { floorTiltDeg } from '../geometry/floor-tilt';
import { midpoint } from '../geometry/midpoint';
import { LANDMARK } from '../../pose/landmarks';
import type { BodyFrame } from '../types';

/** An ankle line tilted more than this is no floor (a foot lifted; a camera rolls less). */
const MAX_FLOOR_TILT_DEG = 20;
/** Frames the floor is the median of: a few seconds, so a foot that shifts is outvoted. */
const REMEMBERED = 30;

/**
 * The floor under a person facing the camera, from the line between their ankles: standing, or
 * sitting on a chair, both feet are on the floor and about as high above it, so that line is level
 * in a level picture. A camera rolled a few degrees (a phone propped on a cushion) tilts it, and a
 * side bend read against the picture's vertical goes with it: rolled 15 degrees, an upright trunk
 * reads 15 degrees bent, and one side's bends fall short of the top. Every frame is judged turned
 * by the ankle line's median over its last frames, so the lean is read from the floor; while the
 * ankles are not seen (framed from the waist up), the picture's vertical it is.
 */
export function createFeetFloor() {
  const floor = createRememberedFloor(REMEMBERED);
  return (body: BodyFrame): BodyFrame => {
    const left = body.points[LANDMARK.leftAnkle]!;
    const right = body.points[LANDMARK.rightAnkle]!;
    if (isVisible(body, LANDMARK.leftAnkle) && isVisible(body, LANDMARK.rightAnkle)) {
      floor.see(floorTiltDeg(left, right, MAX_FLOOR_TILT_DEG));
    }
    return floor.level(body, midpoint(left, right));
  };
}
