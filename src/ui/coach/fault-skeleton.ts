/**
 * The workout's skeleton: bones and joints that a current fault is about are drawn thick in the
 * warning colour, the rest calm; what the engine cannot see is drawn faint, and a point the model
 * barely guessed at is not drawn at all. Planning (pure) is apart from drawing, so the styles are
 * tested without a canvas and the page can expose them.
 */
import { VISIBLE_FROM } from '../../form/body/visibility';
import type { Pose, PoseFrame } from '../../pose/landmarks';
import {
  bodyPartBones,
  bodyPartLandmarks,
  boneKey,
  WORKOUT_BONES,
} from '../../workout/body-part-landmarks';

/** Below this visibility a point is a guess off the picture or behind the body: not drawn. */
export const DRAWN_FROM = 0.1;

export type StrokeStyle = 'calm' | 'fault' | 'faint';

export interface PlannedBone {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  style: StrokeStyle;
}

export interface PlannedJoint {
  index: number;
  x: number;
  y: number;
  style: StrokeStyle;
}

export interface SkeletonPlan {
  bones: PlannedBone[];
  joints: PlannedJoint[];
}

export interface SkeletonPalette {
  calm: string;
  fault: string;
  faint: string;
}

const JOINTS = [...new Set(WORKOUT_BONES.flat())];

/** The styles of one pose's bones and joints, in pixels of a width x height picture. */
export function planSkeleton(
  pose: Pose,
  width: number,
  height: number,
  faultParts: readonly string[],
): SkeletonPlan {
  const faultBones = new Set(
    faultParts.flatMap((part) => bodyPartBones(part).map(([a, b]) => boneKey(a, b))),
  );
  const faultJoints = new Set(faultParts.flatMap((part) => bodyPartLandmarks(part)));
  const seen = (i: number) => (pose.landmarks[i]?.visibility ?? 0) >= VISIBLE_FROM;
  const drawn = (i: number) => (pose.landmarks[i]?.visibility ?? 0) >= DRAWN_FROM;

  const bones: PlannedBone[] = [];
  for (const [a, b] of WORKOUT_BONES) {
    const p = pose.landmarks[a];
    const q = pose.landmarks[b];
    if (!p || !q || !drawn(a) || !drawn(b)) continue;
    const key = boneKey(a, b);
    const style: StrokeStyle =
      !seen(a) || !seen(b) ? 'faint' : faultBones.has(key) ? 'fault' : 'calm';
    bones.push({
      key,
      x1: p.x * width,
      y1: p.y * height,
      x2: q.x * width,
      y2: q.y * height,
      style,
    });
  }
  const joints: PlannedJoint[] = [];
  for (const index of JOINTS) {
    const point = pose.landmarks[index];
    if (!point || !drawn(index)) continue;
    const style: StrokeStyle = !seen(index) ? 'faint' : faultJoints.has(index) ? 'fault' : 'calm';
    joints.push({ index, x: point.x * width, y: point.y * height, style });
  }
  return { bones, joints };
}

/** Faint first, the faults last: the warning colour is never hidden under a calm line. */
const ORDER: readonly StrokeStyle[] = ['faint', 'calm', 'fault'];

/**
 * Draws the followed person (the first pose) with the fault styles, anyone else faint, and returns
 * the followed person's plan (undefined when nobody is in the picture).
 */
export function drawFaultSkeleton(
  context: CanvasRenderingContext2D,
  frame: PoseFrame | undefined,
  faultParts: readonly string[],
  palette: SkeletonPalette,
): SkeletonPlan | undefined {
  const canvas = context.canvas;
  if (frame && (canvas.width !== frame.width || canvas.height !== frame.height)) {
    canvas.width = frame.width;
    canvas.height = frame.height;
  }
  context.clearRect(0, 0, canvas.width, canvas.height);
  if (!frame) return undefined;
  const calmWidth = Math.max(3, canvas.width / 160);
  const widths: Record<StrokeStyle, number> = {
    faint: calmWidth * 0.6,
    calm: calmWidth,
    fault: calmWidth * 2,
  };
  context.lineCap = 'round';
  let followed: SkeletonPlan | undefined;
  frame.poses.forEach((pose, i) => {
    const plan = planSkeleton(pose, canvas.width, canvas.height, i === 0 ? faultParts : []);
    if (i === 0) followed = plan;
    for (const style of ORDER) {
      // Other people are drawn faint: the coach is not talking about them.
      const colour = i === 0 ? palette[style] : palette.faint;
      context.strokeStyle = colour;
      context.fillStyle = colour;
      context.lineWidth = widths[style];
      for (const bone of plan.bones) {
        if (bone.style !== style) continue;
        context.beginPath();
        context.moveTo(bone.x1, bone.y1);
        context.lineTo(bone.x2, bone.y2);
        context.stroke();
      }
      for (const joint of plan.joints) {
        if (joint.style !== style) continue;
        context.beginPath();
        context.arc(joint.x, joint.y, widths[style] * 0.9, 0, 2 * Math.PI);
        context.fill();
      }
    }
  });
  return followed;
}

/** The skeleton colours from the design tokens (tokens.css), as the element sees them. */
export function paletteFrom(element: Element): SkeletonPalette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    calm: read('--skeleton-calm'),
    fault: read('--skeleton-fault'),
    faint: read('--skeleton-faint'),
  };
}
