import { SIDE_INDICES } from '../../../../src/form/body/body-side';
import {
  LANDMARK,
  LANDMARK_COUNT,
  type Pose,
  type PoseFrame,
} from '../../../../src/pose/landmarks';
import type { Side } from '../../../../src/form/types';

/** Joints of a stick figure, in normalised frame coordinates (0-1 of width and height). */
export type Joint =
  'nose' | 'ear' | 'shoulder' | 'elbow' | 'wrist' | 'hip' | 'knee' | 'ankle' | 'heel' | 'foot';
export type Figure = Partial<Record<Joint, [number, number]>>;

export interface SideViewOptions {
  timestampMs?: number;
  width?: number;
  height?: number;
  near?: Side;
  /** The far side's figure; by default the near one, slightly offset (limbs stacked). */
  far?: Figure;
  farVisibility?: number;
  /** Visibility override per landmark index. */
  visibility?: Record<number, number>;
}

/** Metres per unit of frame height, to give the world landmarks a plausible size. */
const METRES_PER_FRAME = 2;

/**
 * A pose seen from the side: the near side's joints as given, the far side stacked behind it
 * (deeper, less visible). World landmarks follow the picture with depth +-0.15 m per side.
 */
export function sideViewPose(near: Figure, options: SideViewOptions = {}): Pose {
  const nearSide = options.near ?? 'left';
  const farSide: Side = nearSide === 'left' ? 'right' : 'left';
  const far: Figure =
    options.far ??
    Object.fromEntries(
      Object.entries(near).map(([joint, [x, y]]) => [joint, [x + 0.004, y - 0.004]]),
    );
  const landmarks = Array.from({ length: LANDMARK_COUNT }, () => ({
    x: 0.5,
    y: 0.5,
    z: 0,
    visibility: 0.05,
  }));
  const world = Array.from({ length: LANDMARK_COUNT }, () => ({
    x: 0,
    y: 0,
    z: 0,
    visibility: 0.05,
  }));
  const width = options.width ?? 1280;
  const height = options.height ?? 720;
  const aspect = width / height;
  const place = (index: number, [x, y]: [number, number], visibility: number, z: number) => {
    landmarks[index] = { x, y, z, visibility };
    world[index] = {
      x: (x - 0.5) * aspect * METRES_PER_FRAME,
      y: (y - 0.5) * METRES_PER_FRAME,
      z,
      visibility,
    };
  };
  const farVisibility = options.farVisibility ?? 0.6;
  for (const [joint, xy] of Object.entries(near) as [Joint, [number, number]][]) {
    if (joint === 'nose') place(LANDMARK.nose, xy, 0.95, -0.05);
    else place(SIDE_INDICES[nearSide][joint], xy, 0.95, -0.15);
  }
  for (const [joint, xy] of Object.entries(far) as [Joint, [number, number]][]) {
    if (joint !== 'nose') place(SIDE_INDICES[farSide][joint], xy, farVisibility, 0.15);
  }
  for (const [index, v] of Object.entries(options.visibility ?? {})) {
    const l = landmarks[Number(index)];
    if (l) l.visibility = v;
  }
  return { landmarks, worldLandmarks: world };
}

export function frameOf(poses: Pose[], options: SideViewOptions = {}): PoseFrame {
  return {
    timestampMs: options.timestampMs ?? 0,
    width: options.width ?? 1280,
    height: options.height ?? 720,
    poses,
  };
}

/** One side-view frame of one person. */
export function sideViewFrame(near: Figure, options: SideViewOptions = {}): PoseFrame {
  return frameOf([sideViewPose(near, options)], options);
}

/**
 * A person square to the camera (standing, facing it): left and right mirrored about `centreX`,
 * shoulders `halfWidth` apart from the centre line, everything equally deep and visible.
 */
export function frontViewPose(
  figure: Figure,
  options: { centreX?: number; halfWidth?: number; width?: number; height?: number } = {},
): Pose {
  const centre = options.centreX ?? 0.5;
  const half = options.halfWidth ?? 0.08;
  const left: Figure = {};
  const right: Figure = {};
  for (const [joint, [x, y]] of Object.entries(figure) as [Joint, [number, number]][]) {
    if (joint === 'nose') continue;
    // Image-left is the person's right when they face the camera.
    right[joint] = [centre - half + (x - centre), y];
    left[joint] = [centre + half + (x - centre), y];
  }
  const pose = sideViewPose(
    { ...left, ...(figure.nose ? { nose: figure.nose } : {}) },
    { far: right, farVisibility: 0.95, ...options },
  );
  for (const w of pose.worldLandmarks) w.z = 0;
  return pose;
}

/** Frames from `fromMs` to `toMs` every `stepMs`, each built by `make(t)`. */
export function timeline<T>(
  fromMs: number,
  toMs: number,
  stepMs: number,
  make: (t: number) => T,
): T[] {
  const out: T[] = [];
  for (let t = fromMs; t <= toMs + 1e-9; t += stepMs) out.push(make(t));
  return out;
}
