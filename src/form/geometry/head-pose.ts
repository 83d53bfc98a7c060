/**
 * Head pose from the face landmarks, for a person roughly facing the camera: how far the head is
 * turned (yaw), tilted ear toward shoulder (roll) and nodded chin down (pitch).
 *
 * Every measure is a ratio of distances within the face (or an angle between two lines), so it does
 * not change when the person moves nearer or farther. Angles are signed in the person's own terms,
 * from the anatomical left/right landmarks: positive yaw turns the nose toward the person's left,
 * positive roll drops the left ear toward the left shoulder, positive pitch lowers the chin.
 */
import { LANDMARK } from '../../pose/landmarks';
import type { Point } from '../types';
import { midpoint } from './midpoint';
import { signedAngleDeg } from './signed-angle';

/**
 * How far the nose tip sits in front of the ear line, in half head-widths (ear to ear). About
 * 11 cm against a half-width of about 7.5 cm in adult anthropometric tables; it turns the nose's
 * offset into an angle and only scales the reported degrees, never their sign.
 */
const NOSE_DEPTH_IN_HALF_HEAD_WIDTHS = 1.5;

/** Below this ear-to-ear span (relative to the shoulder width) the face is seen side-on. */
const MIN_FACE_SPAN_TO_SHOULDERS = 0.12;
/**
 * Beyond this turn the face is seen side-on (or the landmarks are guessed): one ear hides behind
 * the head and the eye line no longer shows the tilt. Comfortable neck turns stay below it.
 */
const MAX_MEASURABLE_YAW_DEG = 78;

export interface HeadPose {
  /** Turn, degrees: positive toward the person's left. */
  yawDeg: number;
  /** Tilt of the eye line against the shoulder line, degrees: positive left ear down. */
  rollDeg: number;
  /** Nod, degrees: positive chin down. Includes the person's neutral offset (a few degrees). */
  pitchDeg: number;
  /** Ear-to-ear distance in the picture: the unit the ratios are taken in. */
  faceSpan: number;
}

const radToDeg = (rad: number): number => (rad * 180) / Math.PI;

function sub(a: Point, b: Point): Point {
  return { x: a.x - b.x, y: a.y - b.y };
}

/**
 * The head pose, or null when the face cannot be measured: a landmark is missing or the face is
 * seen side-on (its ears overlap in the picture, or the nose lies far outside them), where turn and
 * tilt are not defined this way.
 */
export function headPose(points: readonly Point[]): HeadPose | null {
  const nose = points[LANDMARK.nose];
  const leftEar = points[LANDMARK.leftEar];
  const rightEar = points[LANDMARK.rightEar];
  const leftEye = points[LANDMARK.leftEye];
  const rightEye = points[LANDMARK.rightEye];
  const leftShoulder = points[LANDMARK.leftShoulder];
  const rightShoulder = points[LANDMARK.rightShoulder];
  if (!nose || !leftEar || !rightEar || !leftEye || !rightEye || !leftShoulder || !rightShoulder) {
    return null;
  }

  const earAxis = sub(leftEar, rightEar);
  const faceSpan = Math.hypot(earAxis.x, earAxis.y);
  const shoulderAxis = sub(leftShoulder, rightShoulder);
  const shoulderSpan = Math.hypot(shoulderAxis.x, shoulderAxis.y);
  if (faceSpan === 0 || faceSpan < MIN_FACE_SPAN_TO_SHOULDERS * shoulderSpan) return null;

  // The nose's offset from the midpoint between the ears, split along and across the ear line.
  const unitAlong = { x: earAxis.x / faceSpan, y: earAxis.y / faceSpan };
  const unitAcross = { x: -unitAlong.y, y: unitAlong.x };
  const noseOffset = sub(nose, midpoint(leftEar, rightEar));
  const halfSpan = faceSpan / 2;
  const along = (noseOffset.x * unitAlong.x + noseOffset.y * unitAlong.y) / halfSpan;
  // unitAcross points down the face when the person faces the camera (left ear on the image's right).
  const across = (noseOffset.x * unitAcross.x + noseOffset.y * unitAcross.y) / halfSpan;

  // A turn by yaw moves the nose sideways by depth * sin(yaw) while the ears close to
  // halfSpan * cos(yaw), so along = depth * tan(yaw). A nod moves it by depth * sin(pitch).
  const yawDeg = radToDeg(Math.atan(along / NOSE_DEPTH_IN_HALF_HEAD_WIDTHS));
  if (Math.abs(yawDeg) > MAX_MEASURABLE_YAW_DEG) return null;
  // The ears close in as the head turns (halfSpan * cos(yaw)); the nod is measured against the
  // head's true half-width so that a turn does not read as a nod.
  const acrossTrue = across * Math.cos((yawDeg * Math.PI) / 180);
  const pitchSine = Math.max(-1, Math.min(1, acrossTrue / NOSE_DEPTH_IN_HALF_HEAD_WIDTHS));
  const pitchDeg = radToDeg(Math.asin(pitchSine));

  // The eye line tilts with the head and stays clear of the hair that can hide the ears.
  const rollDeg = signedAngleDeg(shoulderAxis, sub(leftEye, rightEye));

  return { yawDeg, rollDeg, pitchDeg, faceSpan };
}
