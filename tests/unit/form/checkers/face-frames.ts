/**
 * Hand-made frames of a person sitting square to the camera whose head turns, tilts and nods by
 * given angles over time (an orthographic projection of a simple 3-D head), for the neck checkers.
 */
import { LANDMARK, LANDMARK_COUNT, type PoseFrame } from '../../../../src/pose/landmarks';

export interface HeadAngles {
  /** Positive toward the person's left (the image's right, unmirrored camera). */
  yawDeg: number;
  /** Positive left ear down. */
  rollDeg: number;
  /** Positive chin down. */
  pitchDeg: number;
}

type Vec3 = [number, number, number];

/** Head points in metres about the head's centre, facing the camera (-z), x to the image's right. */
const HEAD: [number, Vec3][] = [
  [LANDMARK.nose, [0, 0.015, -0.11]],
  [LANDMARK.leftEye, [0.032, -0.02, -0.08]],
  [LANDMARK.rightEye, [-0.032, -0.02, -0.08]],
  [LANDMARK.leftEar, [0.075, 0, 0]],
  [LANDMARK.rightEar, [-0.075, 0, 0]],
  [LANDMARK.mouthLeft, [0.025, 0.05, -0.09]],
  [LANDMARK.mouthRight, [-0.025, 0.05, -0.09]],
];

/** The body below the head, metres from the head's centre (x to the image's right, y down). */
const BODY: [number, Vec3][] = [
  [LANDMARK.leftShoulder, [0.2, 0.25, 0]],
  [LANDMARK.rightShoulder, [-0.2, 0.25, 0]],
  [LANDMARK.leftElbow, [0.24, 0.5, 0]],
  [LANDMARK.rightElbow, [-0.24, 0.5, 0]],
  [LANDMARK.leftWrist, [0.2, 0.7, -0.1]],
  [LANDMARK.rightWrist, [-0.2, 0.7, -0.1]],
  [LANDMARK.leftHip, [0.15, 0.75, 0]],
  [LANDMARK.rightHip, [-0.15, 0.75, 0]],
];

function rotate([x, y, z]: Vec3, { yawDeg, rollDeg, pitchDeg }: HeadAngles): Vec3 {
  const rad = Math.PI / 180;
  const [p, w, r] = [pitchDeg * rad, yawDeg * rad, rollDeg * rad];
  let [a, b, c] = [x, y * Math.cos(p) - z * Math.sin(p), y * Math.sin(p) + z * Math.cos(p)];
  [a, c] = [a * Math.cos(w) - c * Math.sin(w), a * Math.sin(w) + c * Math.cos(w)];
  [a, b] = [a * Math.cos(r) - b * Math.sin(r), a * Math.sin(r) + b * Math.cos(r)];
  return [a, b, c];
}

const WIDTH = 640;
const HEIGHT = 480;
/** Picture height in metres at the person's distance. */
const FRAME_METRES = 1.2;

/** One frame with the head at the given angles (and the shoulders hitched by `shoulderTiltDeg`). */
export function faceFrame(
  timestampMs: number,
  angles: HeadAngles,
  { shoulderTiltDeg = 0, visibility = 0.99 } = {},
): PoseFrame {
  const centre = { x: 0.5, y: 0.3 };
  const landmarks = Array.from({ length: LANDMARK_COUNT }, () => ({
    x: 0.5,
    y: 0.95,
    z: 0,
    visibility: 0.1,
  }));
  const worldLandmarks = landmarks.map(() => ({ x: 0, y: 0, z: 0, visibility: 0.1 }));
  const place = (index: number, [x, y, z]: Vec3) => {
    landmarks[index] = {
      x: centre.x + (x / FRAME_METRES) * (HEIGHT / WIDTH),
      y: centre.y + y / FRAME_METRES,
      z,
      visibility,
    };
    worldLandmarks[index] = { x, y: y - 0.75, z, visibility };
  };
  for (const [index, p] of HEAD) place(index, rotate(p, angles));
  const tilt = { yawDeg: 0, rollDeg: shoulderTiltDeg, pitchDeg: 0 };
  for (const [index, p] of BODY) place(index, rotate(p, tilt));
  return { timestampMs, width: WIDTH, height: HEIGHT, poses: [{ landmarks, worldLandmarks }] };
}

/**
 * Frames every 100 ms through a list of (seconds, angles) keyframes, moving smoothly between them.
 */
export function faceTimeline(keys: [number, Partial<HeadAngles>][]): PoseFrame[] {
  const full = keys.map(([t, a]) => [t, { yawDeg: 0, rollDeg: 0, pitchDeg: 0, ...a }] as const);
  const frames: PoseFrame[] = [];
  const end = full.at(-1)?.[0] ?? 0;
  for (let ms = 0; ms <= end * 1000; ms += 100) {
    const t = ms / 1000;
    const next = full.findIndex(([kt]) => kt > t);
    const i = next < 0 ? full.length - 1 : Math.max(0, next - 1);
    const [t0, a0] = full[i]!;
    const [t1, a1] = full[Math.min(i + 1, full.length - 1)]!;
    const u = t1 > t0 ? (1 - Math.cos(Math.PI * Math.min(1, (t - t0) / (t1 - t0)))) / 2 : 0;
    const mix = (k: keyof HeadAngles) => a0[k] + (a1[k] - a0[k]) * u;
    frames.push(
      faceFrame(ms, { yawDeg: mix('yawDeg'), rollDeg: mix('rollDeg'), pitchDeg: mix('pitchDeg') }),
    );
  }
  return frames;
}
