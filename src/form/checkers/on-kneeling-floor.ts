import { kneelingFloor, levelledBody } from '../body/levelled-body';
import type { AssessFrame } from './checker-definition';

/**
 * A kneeling floor line is levelled up to this tilt: a camera's roll on top of the line's own few
 * degrees. Held child's poses read 2-8 degrees as filmed; with the landmarks rolled 15 degrees
 * (`npm run eval -- --roll=15`), the studio's reads up to 23, and 20 lost its hold's start.
 */
const MAX_KNEELING_FLOOR_TILT_DEG = 25;

/** `assess` on hands and knees, judging the body as a level camera would show it (see kneelingFloor). */
export function onKneelingFloor(assess: AssessFrame): AssessFrame {
  return (body) => {
    const floor = kneelingFloor(body);
    return assess(floor ? levelledBody(body, ...floor, MAX_KNEELING_FLOOR_TILT_DEG) : body);
  };
}
