import type { Landmark, Pose, PoseFrame } from '../../pose/landmarks';
import { aspectCorrect } from '../geometry/aspect-correct';
import type { BodyFrame } from '../types';
import { estimateNearSide } from './near-side';
import { estimateView } from './view-estimate';
import { VISIBLE_FROM } from './visibility';

/** How far outside the picture (fraction of the frame) a landmark may be and still count as in it. */
const FRAME_MARGIN = 0.02;

function inFrame(l: Landmark): boolean {
  return (
    l.x >= -FRAME_MARGIN &&
    l.x <= 1 + FRAME_MARGIN &&
    l.y >= -FRAME_MARGIN &&
    l.y <= 1 + FRAME_MARGIN
  );
}

/** The box around a pose's trusted landmarks (normalised units), or null with under two of them. */
export function poseBox(
  pose: Pose,
): { minX: number; minY: number; maxX: number; maxY: number } | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let count = 0;
  for (const l of pose.landmarks) {
    if (l.visibility < VISIBLE_FROM || !inFrame(l)) continue;
    count++;
    minX = Math.min(minX, l.x);
    maxX = Math.max(maxX, l.x);
    minY = Math.min(minY, l.y);
    maxY = Math.max(maxY, l.y);
  }
  return count < 2 ? null : { minX, minY, maxX, maxY };
}

/** Area (in normalised units) of the box around a pose's trusted landmarks. */
export function poseArea(pose: Pose): number {
  const box = poseBox(pose);
  return box ? (box.maxX - box.minX) * (box.maxY - box.minY) : 0;
}

/** The largest person in the frame: the one exercising in front of the camera, not a passer-by. */
export function mostProminentPose(frame: PoseFrame): Pose | null {
  let best: Pose | null = null;
  let bestArea = -1;
  for (const pose of frame.poses) {
    const area = poseArea(pose);
    if (area > bestArea) {
      best = pose;
      bestArea = area;
    }
  }
  return best;
}

/**
 * Builds what the checkers see from one pipeline frame: the most prominent person, aspect-corrected,
 * with visibility zeroed for landmarks outside the picture (MediaPipe still guesses those), and the
 * estimated view and near side. Null when nobody is in the frame.
 */
export function buildBodyFrame(frame: PoseFrame): BodyFrame | null {
  const pose = mostProminentPose(frame);
  if (!pose || pose.landmarks.length === 0) return null;
  const points = pose.landmarks.map((l) => aspectCorrect(l, frame.width, frame.height));
  const visibility = pose.landmarks.map((l) => (inFrame(l) ? l.visibility : 0));
  // A model without depth (MoveNet) gives no world landmarks: 3-D measures fall back to the
  // picture, flat (z 0), and the view and near side are read from the picture alone.
  const hasDepth = pose.worldLandmarks.length > 0;
  const world = hasDepth
    ? pose.worldLandmarks.map(({ x, y, z }) => ({ x, y, z }))
    : points.map(({ x, y }) => ({ x, y, z: 0 }));
  return {
    timestampMs: frame.timestampMs,
    points,
    visibility,
    world,
    view: estimateView(points, hasDepth ? world : []),
    nearSide: estimateNearSide(visibility, hasDepth ? world : []),
    aspect: frame.width > 0 && frame.height > 0 ? frame.width / frame.height : 1,
    ...(hasDepth ? {} : { depthless: true as const }),
  };
}
