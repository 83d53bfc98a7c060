/**
 * Keeps a person's left and right where they were a moment ago. When the pose model cannot tell
 * front from back (someone seen from behind, lying face down filmed head-on) it sometimes swaps
 * every left landmark with its right one from one frame to the next, though nobody moved: the
 * shoulders trade places in the picture. Smoothed as they come, both shoulders would glide through
 * the middle of the body, and the body would seem to shrink and jump. A real turn moves the
 * shoulders round continuously, so a swap that lands each point where its twin just was is the
 * model's, and is undone.
 */
import { LANDMARK, type Landmark, type Pose } from './landmarks';

/** Each left landmark with its right twin (the nose has none). */
const TWINS: readonly (readonly [number, number])[] = [
  [LANDMARK.leftEyeInner, LANDMARK.rightEyeInner],
  [LANDMARK.leftEye, LANDMARK.rightEye],
  [LANDMARK.leftEyeOuter, LANDMARK.rightEyeOuter],
  [LANDMARK.leftEar, LANDMARK.rightEar],
  [LANDMARK.mouthLeft, LANDMARK.mouthRight],
  [LANDMARK.leftShoulder, LANDMARK.rightShoulder],
  [LANDMARK.leftElbow, LANDMARK.rightElbow],
  [LANDMARK.leftWrist, LANDMARK.rightWrist],
  [LANDMARK.leftPinky, LANDMARK.rightPinky],
  [LANDMARK.leftIndex, LANDMARK.rightIndex],
  [LANDMARK.leftThumb, LANDMARK.rightThumb],
  [LANDMARK.leftHip, LANDMARK.rightHip],
  [LANDMARK.leftKnee, LANDMARK.rightKnee],
  [LANDMARK.leftAnkle, LANDMARK.rightAnkle],
  [LANDMARK.leftHeel, LANDMARK.rightHeel],
  [LANDMARK.leftFootIndex, LANDMARK.rightFootIndex],
];

/** The shoulders and hips decide: the trunk does not turn round between two frames. */
const TRUNK_TWINS = [TWINS[5]!, TWINS[11]!] as const;

/**
 * Swapped only when that puts the trunk at least this many times nearer to where it was: a clear
 * exchange of places, not noise in a side view where the two sides overlap.
 */
const CLEARLY_NEARER = 3;
/**
 * ... and only when, left as they are, the trunk points would move this far on average, in torso
 * lengths: twins that lie close together (a side view) are left to the smoother.
 */
const CLEARLY_MOVED = 0.15;

function swapTwins<L>(points: readonly L[]): L[] {
  const out = [...points];
  for (const [left, right] of TWINS) {
    const l = points[left];
    const r = points[right];
    if (l !== undefined && r !== undefined) {
      out[left] = r;
      out[right] = l;
    }
  }
  return out;
}

const gap = (a: Landmark | undefined, b: Landmark | undefined) =>
  a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;

/** `pose` with left and right swapped back when the model has just swapped them since `previous`. */
export function keepSides(pose: Pose, previous: Pose | null): Pose {
  if (!previous) return pose;
  let same = 0;
  let swapped = 0;
  for (const [left, right] of TRUNK_TWINS) {
    same += gap(pose.landmarks[left], previous.landmarks[left]);
    same += gap(pose.landmarks[right], previous.landmarks[right]);
    swapped += gap(pose.landmarks[left], previous.landmarks[right]);
    swapped += gap(pose.landmarks[right], previous.landmarks[left]);
  }
  const torso = gap(
    previous.landmarks[LANDMARK.leftShoulder],
    previous.landmarks[LANDMARK.leftHip],
  );
  const moved = same / (2 * TRUNK_TWINS.length);
  if (!(swapped * CLEARLY_NEARER < same && moved > CLEARLY_MOVED * torso)) return pose;
  return { landmarks: swapTwins(pose.landmarks), worldLandmarks: swapTwins(pose.worldLandmarks) };
}
