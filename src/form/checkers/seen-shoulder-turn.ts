import { LANDMARK } from '../../pose/landmarks';
import { distance } from '../geometry/distance';
import type { BodyFrame } from '../types';
import { shoulderTurn } from './head-movement-family';

/** Head turns of at most this many degrees face the camera: the shoulders' width is learnt then. */
const FACING_FORWARD_DEG = 10;

/** Widths remembered from the head's rests (about 3 s at 10 fps): followed as the person shifts. */
const REST_WIDTHS = 30;

/**
 * How far the shoulders turn away from the camera during head turns, degrees (0-90): the world
 * landmarks' depth, but no more than the picture shows.
 *
 * Why both: MediaPipe's world landmarks turn the shoulders along with the head. In both recorded
 * neck-turn clips (labelled good) the depth reads 30-37 degrees of shoulder turn at every full
 * head turn (yaw 55-68 degrees) while the shoulder line's width in the picture stays within 3% of
 * its width with the head straight (0.48-0.49 and 0.42-0.44 frame heights): a turn of 30 degrees
 * would narrow it to 0.87 of that. So a turn counts only as far as the picture narrows too: the
 * width against the person's own width with the head facing forward (the median of their recent
 * rests; before any, the widest seen, as turning can only narrow it), acos of the ratio.
 */
export function createSeenShoulderTurn() {
  let restWidths: number[] = [];
  let widest = 0;
  /** The width facing the camera: the median of the rests, or before any, the widest seen. */
  const frontalWidth = () => {
    if (restWidths.length === 0) return widest;
    const sorted = [...restWidths].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return (body: BodyFrame, headTurnDeg: number): number => {
    const depthTurn = shoulderTurn(body);
    const left = body.points[LANDMARK.leftShoulder];
    const right = body.points[LANDMARK.rightShoulder];
    if (!left || !right) return depthTurn;
    const width = distance(left, right);
    widest = Math.max(widest, width);
    if (Math.abs(headTurnDeg) <= FACING_FORWARD_DEG) {
      restWidths = [...restWidths, width].slice(-REST_WIDTHS);
    }
    const pictureTurn = (Math.acos(Math.min(1, width / frontalWidth())) * 180) / Math.PI;
    return Math.min(depthTurn, pictureTurn);
  };
}
