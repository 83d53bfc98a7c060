import type { Exercise } from '../../content/exercise-schema';
import { buildBodyFrame, poseArea } from '../../form/body/body-frame';
import type { RequiredView } from '../../form/body/frame-guidance';
import { missingRegions, type BodyRegion } from '../../form/body/visibility';
import { findChecker } from '../../form/checkers/registry';
import type { BodyFrame, CameraView } from '../../form/types';
import { LANDMARK, type PoseFrame } from '../../pose/landmarks';

/** What the camera must see before an exercise can be judged. */
export interface FramingNeeds {
  view: RequiredView;
  /** Views the checker still recognises the position from (counted, with less detail). */
  tolerated: readonly CameraView[];
  visible: readonly BodyRegion[];
}

/**
 * The needs the form engine will apply for this exercise, so that a green framing guide means
 * the engine can judge: the checker's own regions and view where the exercise leaves it open.
 */
export function framingNeeds(exercise: Pick<Exercise, 'camera' | 'checker'>): FramingNeeds {
  const checker = findChecker(exercise.checker.kind);
  const visible = checker && checker.needs.length > 0 ? checker.needs : exercise.camera.visible;
  const view = exercise.camera.view === 'any' ? (checker?.view ?? 'any') : exercise.camera.view;
  return { view, tolerated: checker?.alsoRecognisedFrom ?? [], visible };
}

/** Two exercises need the camera moved between them when their views differ. */
export function sameFraming(a: FramingNeeds, b: FramingNeeds): boolean {
  return a.view === b.view && b.visible.every((region) => a.visible.includes(region));
}

export type FramingProblem =
  | 'nobody'
  | 'one-person-only'
  | 'feet-out'
  | 'head-out'
  | 'body-out'
  | 'off-centre'
  | 'turn-side-on'
  | 'face-the-camera'
  | 'more-light';

export interface FramingVerdict {
  problem: FramingProblem | null;
  /** What to do, as the guide says it; "that's it" when nothing is wrong. */
  message: string;
}

export const FRAMING_MESSAGES: Record<FramingProblem | 'ok', string> = {
  nobody: 'Step into the picture',
  'one-person-only': 'One person only in the picture, please',
  'feet-out': 'Move back until your feet are in the picture',
  'head-out': 'Move back until your head is in the picture',
  'body-out': 'Move back until your whole body is in the picture',
  'off-centre': 'Move to the middle of the picture',
  'turn-side-on': 'Turn side-on to the camera',
  'face-the-camera': 'Face the camera',
  'more-light': 'More light, please',
  ok: 'That’s it: hold still',
};

/**
 * Below this mean luminance (0-1, Rec. 601 luma of a downscaled frame) the picture is too dark to
 * track reliably. Measured on the footage (the darkest second of each clip, ffmpeg signalstats on a
 * 32x24 downscale): every clip stays at or above 0.14 (the darkest are gym clips with black
 * pillarbox bars, 0.14, and tutorials, 0.14) except one that fades to black between angles
 * (cobra-three-angles, 0.10 during the fade); most clips sit at 0.3-0.8.
 */
export const MIN_LUMINANCE = 0.1;

/** A second person this large (relative to the main one) is really there, as the engine counts. */
const SECOND_PERSON_AREA = 0.25;

const FEET_REGIONS: readonly BodyRegion[] = ['knees', 'ankles'];
const HEAD_REGIONS: readonly BodyRegion[] = ['head', 'shoulders'];

/** Landmarks of the regions that are missing, to tell "too close" from "off to one side". */
const REGION_POINTS: Record<BodyRegion, number[]> = {
  head: [LANDMARK.nose],
  shoulders: [LANDMARK.leftShoulder, LANDMARK.rightShoulder],
  elbows: [LANDMARK.leftElbow, LANDMARK.rightElbow],
  wrists: [LANDMARK.leftWrist, LANDMARK.rightWrist],
  hips: [LANDMARK.leftHip, LANDMARK.rightHip],
  knees: [LANDMARK.leftKnee, LANDMARK.rightKnee],
  ankles: [LANDMARK.leftAnkle, LANDMARK.rightAnkle],
};

/**
 * For the set-up a point must lie inside the picture by this fraction of its size. The model still
 * places, and often calls visible, the feet of a person cut off at the picture's edge: a close-up
 * of a plank with the legs running out of the left edge was approved two runs in three. A body
 * touching the edge is too close to judge anyway.
 */
export const FRAMING_MARGIN = 0.03;

function wellInside(x: number, y: number): boolean {
  return (
    x >= FRAMING_MARGIN && x <= 1 - FRAMING_MARGIN && y >= FRAMING_MARGIN && y <= 1 - FRAMING_MARGIN
  );
}

/** The frame with the main person's points at or beyond the margin taken as not seen. */
function withinMargin(frame: PoseFrame): PoseFrame {
  const [main, ...others] = frame.poses;
  if (!main) return frame;
  const landmarks = main.landmarks.map((l) => (wellInside(l.x, l.y) ? l : { ...l, visibility: 0 }));
  return { ...frame, poses: [{ ...main, landmarks }, ...others] };
}

function verdict(problem: FramingProblem | null): FramingVerdict {
  return { problem, message: FRAMING_MESSAGES[problem ?? 'ok'] };
}

/**
 * Whether the body would fit the picture but sits off to one side: every missing landmark lies
 * beyond the same side edge (MediaPipe still places them there) and the whole body, placed
 * landmarks included, is narrower than the picture. Stepping sideways fixes that; stepping back
 * is not needed.
 */
function offToOneSide(frame: PoseFrame, missing: readonly BodyRegion[]): boolean {
  const pose = frame.poses[0];
  if (!pose) return false;
  const xs = pose.landmarks.map((l) => l.x);
  if (Math.max(...xs) - Math.min(...xs) >= 0.95) return false;
  const points = missing.flatMap((region) => REGION_POINTS[region].map((i) => pose.landmarks[i]));
  const beyond = (p: { x: number; y: number } | undefined, side: 'left' | 'right') =>
    p !== undefined && (side === 'left' ? p.x < 0 : p.x > 1);
  return points.every((p) => beyond(p, 'left')) || points.every((p) => beyond(p, 'right'));
}

function whatIsOut(frame: PoseFrame, missing: readonly BodyRegion[]): FramingProblem {
  if (offToOneSide(frame, missing)) return 'off-centre';
  if (missing.every((region) => FEET_REGIONS.includes(region))) return 'feet-out';
  if (missing.every((region) => HEAD_REGIONS.includes(region))) return 'head-out';
  return 'body-out';
}

function viewProblem(needs: FramingNeeds, body: BodyFrame): FramingProblem | null {
  if (needs.tolerated.includes(body.view)) return null;
  if (needs.view === 'side' && body.view === 'front') return 'turn-side-on';
  if (needs.view === 'front' && body.view === 'side') return 'face-the-camera';
  return null;
}

/**
 * One frame's verdict on the set-up, the most basic problem first: nobody (or too dark to find
 * anybody), two people, parts of the body out of the picture, the wrong view, then the light.
 * `luminance` is undefined when it could not be measured; the light is then not judged.
 */
export function checkFraming(
  frame: PoseFrame,
  needs: FramingNeeds,
  luminance?: number,
): FramingVerdict {
  const dark = luminance !== undefined && luminance < MIN_LUMINANCE;
  const body = buildBodyFrame(frame);
  if (!body) return verdict(dark ? 'more-light' : 'nobody');
  if (frame.poses.length > 1) {
    const [first = 0, second = 0] = frame.poses.map(poseArea).sort((a, b) => b - a);
    if (first > 0 && second >= SECOND_PERSON_AREA * first) return verdict('one-person-only');
  }
  if (missingRegions(body, needs.visible).length === needs.visible.length)
    return verdict(dark ? 'more-light' : 'nobody');
  const inside = buildBodyFrame(withinMargin(frame));
  const missing = inside ? missingRegions(inside, needs.visible) : [...needs.visible];
  if (missing.length > 0) return verdict(whatIsOut(frame, missing));
  return verdict(viewProblem(needs, body) ?? (dark ? 'more-light' : null));
}
