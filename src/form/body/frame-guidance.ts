import type { PoseFrame } from '../../pose/landmarks';
import type { BodyFrame, CameraView, Guidance } from '../types';
import { poseArea } from './body-frame';
import { missingRegions, type BodyRegion } from './visibility';

/** The view an exercise needs; 'any' accepts every view. */
export type RequiredView = 'side' | 'front' | 'any';

/** A second person this large (relative to the main one) is really there, not a ghost detection. */
const SECOND_PERSON_AREA = 0.25;

/** The guidance that asks for `view` when the body is seen from another angle, else null. */
export function viewGuidance(view: RequiredView, seen: CameraView): Guidance | null {
  if (view === 'side' && seen === 'front') return 'turn-side-on';
  if (view === 'front' && seen === 'side') return 'face-the-camera';
  return null;
}

/**
 * What the person must change before the checker can judge them, or null when nothing: the most
 * basic problem first (nobody, two people, body cut off, wrong angle). Views in `tolerated` are not
 * a problem (the checker recognises the position from them, with less detail).
 */
export function frameGuidance(
  frame: PoseFrame,
  body: BodyFrame | null,
  needed: readonly BodyRegion[],
  view: RequiredView,
  tolerated: readonly CameraView[] = [],
): Guidance | null {
  if (!body) return 'come-into-frame';
  if (frame.poses.length > 1) {
    const areas = frame.poses.map(poseArea).sort((a, b) => b - a);
    const [first = 0, second = 0] = areas;
    if (first > 0 && second >= SECOND_PERSON_AREA * first) return 'one-person-only';
  }
  const missing = missingRegions(body, needed);
  if (missing.length === needed.length && needed.length > 0) return 'come-into-frame';
  if (missing.length > 0) return 'move-back';
  return tolerated.includes(body.view) ? null : viewGuidance(view, body.view);
}
