import type { PoseFrame } from '../../pose/landmarks';
import type { BodyFrame, Guidance } from '../types';
import { poseArea } from './body-frame';
import { missingRegions, type BodyRegion } from './visibility';

/** The view an exercise needs; 'any' accepts every view. */
export type RequiredView = 'side' | 'front' | 'any';

/** A second person this large (relative to the main one) is really there, not a ghost detection. */
const SECOND_PERSON_AREA = 0.25;

/**
 * What the person must change before the checker can judge them, or null when nothing: the most
 * basic problem first (nobody, two people, body cut off, wrong angle).
 */
export function frameGuidance(
  frame: PoseFrame,
  body: BodyFrame | null,
  needed: readonly BodyRegion[],
  view: RequiredView,
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
  if (view === 'side' && body.view === 'front') return 'turn-side-on';
  if (view === 'front' && body.view === 'side') return 'face-the-camera';
  return null;
}
