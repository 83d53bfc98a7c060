/**
 * The recorded landmarks as a model unsure of one body part now and then would have delivered
 * them: on `share` of the frames, one part's landmarks (the head, the shoulders, elbows, hands,
 * hips, knees or feet; one side's for a pair, both hands' or both feet's points together) are
 * reported at a visibility of 0.3, below what the checkers take as seen, where they are. A face
 * turned to the floor, a foot behind the other, a hand against a busy background do this for a
 * frame or two. From a fixed seed, so every run glitches the same frames. Pure.
 */
import { LANDMARK, type PoseFrame } from '../../src/pose/landmarks';
import { seededRandom } from './seeded-random';

/** Landmarks glitched together: one side of a pair, or a whole group. */
const PARTS: readonly (readonly number[])[] = [
  [LANDMARK.nose, LANDMARK.leftEar, LANDMARK.rightEar, LANDMARK.leftEye, LANDMARK.rightEye],
  [LANDMARK.leftShoulder],
  [LANDMARK.rightShoulder],
  [LANDMARK.leftElbow],
  [LANDMARK.rightElbow],
  [LANDMARK.leftWrist, LANDMARK.rightWrist, LANDMARK.leftIndex, LANDMARK.rightIndex],
  [LANDMARK.leftHip],
  [LANDMARK.rightHip],
  [LANDMARK.leftKnee],
  [LANDMARK.rightKnee],
  [LANDMARK.leftAnkle, LANDMARK.rightAnkle, LANDMARK.leftHeel, LANDMARK.rightHeel],
];

/** Low enough that no checker takes the point as seen (they need 0.5). */
const GLITCHED_VISIBILITY = 0.3;

export function framesWithLandmarksGlitched(
  frames: readonly PoseFrame[],
  share: number,
  seed = 4242,
): PoseFrame[] {
  const random = seededRandom(seed);
  return frames.map((frame) => {
    if (share <= 0 || random() >= share) return frame;
    const part = PARTS[Math.floor(random() * PARTS.length)]!;
    const [first, ...others] = frame.poses;
    if (!first) return frame;
    const landmarks = first.landmarks.map((l, i) =>
      part.includes(i) ? { ...l, visibility: Math.min(l.visibility, GLITCHED_VISIBILITY) } : l,
    );
    return { ...frame, poses: [{ ...first, landmarks }, ...others] };
  });
}
