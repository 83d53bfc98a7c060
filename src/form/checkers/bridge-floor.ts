import { sidePoints } from '../body/body-side';
import { createRememberedFloor } from '../body/remembered-floor';
import { floorTiltDeg } from '../geometry/floor-tilt';
import type { BodyFrame } from '../types';
import { readBridge, type BridgeParams } from './bridge-family';

/** Hip extension at most this: the hips are down, the glute bridge's textbook rest. */
const HIPS_DOWN_DEG = 140;
/** A rest line tilted more than this is no floor (a camera rolls less). */
const MAX_FLOOR_TILT_DEG = 20;
/** Rest frames the floor is the median of: a few seconds of lying down. */
const REMEMBERED = 30;

/**
 * A bridge's floor, learnt while the person lies with the hips down: the shoulders and the feet
 * are on the mat then, the shoulder and the ankle about as high above it, so the line between them
 * is the floor. A camera rolled a few degrees tilts it, and the checks read against the picture go
 * with it: rolled 15 degrees, the shoulders read 0.5 of a torso above or below the ankles, and
 * three good bridges were called "shoulders lifted". Once a rest has been seen, every frame is
 * judged turned by the rest's tilt (the median of the last rest frames), so the shoulders' lift and
 * the shin's tilt are read against the mat itself. The lift comes from the movement, not the
 * floor: the top is never taken for the floor.
 */
export function createBridgeFloor(params: BridgeParams) {
  const floor = createRememberedFloor(REMEMBERED);
  return (body: BodyFrame): BodyFrame => {
    const near = sidePoints(body, body.nearSide);
    const reading = readBridge(body, params);
    if (reading.lyingKneesBent && reading.extension <= HIPS_DOWN_DEG) {
      floor.see(floorTiltDeg(near.shoulder, near.ankle, MAX_FLOOR_TILT_DEG));
    }
    return floor.level(body, near.shoulder);
  };
}
