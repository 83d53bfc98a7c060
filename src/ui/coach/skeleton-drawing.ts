/**
 * Draws the detected skeleton over the picture. The canvas has the frame's size in pixels and is
 * stretched over the video by CSS, so normalised landmarks map straight to canvas pixels.
 */
import { SKELETON_BONES, type Pose, type PoseFrame } from '../../pose/landmarks';

/** Points less visible than this are left out rather than drawn in the wrong place. */
export const MIN_VISIBILITY = 0.5;

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Bones of a pose whose both ends are visible, in pixels of a width × height picture. */
export function visibleBones(
  pose: Pose,
  width: number,
  height: number,
  minVisibility = MIN_VISIBILITY,
): Segment[] {
  const segments: Segment[] = [];
  for (const [a, b] of SKELETON_BONES) {
    const p = pose.landmarks[a];
    const q = pose.landmarks[b];
    if (!p || !q || p.visibility < minVisibility || q.visibility < minVisibility) continue;
    segments.push({ x1: p.x * width, y1: p.y * height, x2: q.x * width, y2: q.y * height });
  }
  return segments;
}

/** The person followed is drawn in the main colour; anyone else in a muted one. */
const COLOURS = ['#35e08a', '#f0a030'];

export function drawSkeleton(
  context: CanvasRenderingContext2D,
  frame: PoseFrame | undefined,
): void {
  const canvas = context.canvas;
  if (frame && (canvas.width !== frame.width || canvas.height !== frame.height)) {
    canvas.width = frame.width;
    canvas.height = frame.height;
  }
  context.clearRect(0, 0, canvas.width, canvas.height);
  if (!frame) return;
  const lineWidth = Math.max(2, canvas.width / 200);
  frame.poses.forEach((pose, i) => {
    const colour = COLOURS[Math.min(i, COLOURS.length - 1)]!;
    context.strokeStyle = colour;
    context.fillStyle = colour;
    context.lineWidth = lineWidth;
    context.lineCap = 'round';
    for (const s of visibleBones(pose, canvas.width, canvas.height)) {
      context.beginPath();
      context.moveTo(s.x1, s.y1);
      context.lineTo(s.x2, s.y2);
      context.stroke();
    }
    for (const point of pose.landmarks) {
      if (point.visibility < MIN_VISIBILITY) continue;
      context.beginPath();
      context.arc(point.x * canvas.width, point.y * canvas.height, lineWidth * 1.2, 0, 2 * Math.PI);
      context.fill();
    }
  });
}
