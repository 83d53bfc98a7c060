import type { Side } from '../types';
import { SIDE_INDICES } from './body-side';

const JOINTS = ['shoulder', 'elbow', 'hip', 'knee', 'ankle'] as const;
/** Metres of depth worth as much as a full point of visibility. */
const DEPTH_WEIGHT = 4;

/**
 * Which side of the body faces the camera: the nearer side's joints are more visible and have a
 * smaller depth (MediaPipe's z grows away from the camera). Both cues are summed over the large
 * joints so that one occluded wrist cannot flip the answer.
 */
export function estimateNearSide(
  visibility: readonly number[],
  world: readonly { z: number }[],
): Side {
  let leftLead = 0;
  for (const joint of JOINTS) {
    const l = SIDE_INDICES.left[joint];
    const r = SIDE_INDICES.right[joint];
    leftLead += (visibility[l] ?? 0) - (visibility[r] ?? 0);
    const zl = world[l]?.z;
    const zr = world[r]?.z;
    if (zl !== undefined && zr !== undefined) leftLead += DEPTH_WEIGHT * (zr - zl);
  }
  return leftLead >= 0 ? 'left' : 'right';
}
