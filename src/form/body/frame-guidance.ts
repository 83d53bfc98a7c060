import type { Pose, PoseFrame } from '../../pose/landmarks';
import type { BodyFrame, CameraView, Guidance } from '../types';
import { poseArea, poseBox } from './body-frame';
import { missingRegions, type BodyRegion } from './visibility';

/** The view an exercise needs; 'any' accepts every view. */
export type RequiredView = 'side' | 'front' | 'any';

/** A second person this large (relative to the main one) is really there, not a ghost detection. */
const SECOND_PERSON_AREA = 0.25;

/**
 * Two poses whose boxes overlap this much (intersection over union) are the same person found
 * twice: close up (head and shoulders filling the picture) the model can return a second, partial
 * skeleton on the same body. Two people side by side overlap far less.
 */
const SAME_PERSON_OVERLAP = 0.5;

/**
 * A pose whose box lies this much (its share of the smaller box) inside the other's is a partial
 * skeleton found on the same body, whatever their union: lying face down filmed head-on, the model
 * returns a second skeleton of the head and shoulders inside the whole body's box (overlap 0.45 of
 * the union in the mirrored reverse fly). Two people side by side share far less of either box; one
 * standing wholly in front of another is taken for the same person (the larger is judged).
 * Measured range: 0.5 to 1.0 keep the mirrored reverse fly's reps.
 */
const SAME_PERSON_NESTED = 0.8;

function boxArea(b: { minX: number; minY: number; maxX: number; maxY: number }): number {
  return (b.maxX - b.minX) * (b.maxY - b.minY);
}

function sameSpot(a: Pose, b: Pose): boolean {
  const p = poseBox(a);
  const q = poseBox(b);
  if (!p || !q) return false;
  const w = Math.min(p.maxX, q.maxX) - Math.max(p.minX, q.minX);
  const h = Math.min(p.maxY, q.maxY) - Math.max(p.minY, q.minY);
  if (w <= 0 || h <= 0) return false;
  const inter = w * h;
  const smaller = Math.min(boxArea(p), boxArea(q));
  if (smaller > 0 && inter / smaller >= SAME_PERSON_NESTED) return true;
  const union = boxArea(p) + boxArea(q) - inter;
  return union > 0 && inter / union >= SAME_PERSON_OVERLAP;
}

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
    const [first, ...others] = [...frame.poses].sort((a, b) => poseArea(b) - poseArea(a));
    const firstArea = first ? poseArea(first) : 0;
    const someoneElse = others.some(
      (other) => poseArea(other) >= SECOND_PERSON_AREA * firstArea && !sameSpot(first!, other),
    );
    if (firstArea > 0 && someoneElse) return 'one-person-only';
  }
  const missing = missingRegions(body, needed);
  if (missing.length === needed.length && needed.length > 0) return 'come-into-frame';
  if (missing.length > 0) return 'move-back';
  return tolerated.includes(body.view) ? null : viewGuidance(view, body.view);
}
