/**
 * The recorded landmarks as a camera rolled about its own axis would have placed them: every
 * picture landmark turned about the picture's centre (in pixels, so angles stay true), every 3-D
 * landmark turned about the camera's axis (MediaPipe's world landmarks are camera-aligned: x right,
 * y down, z away). A quick test of the checkers' geometry against a camera that is not quite level,
 * with no recording; the `tilt` variant records a rotated picture, which also tests the model.
 * Positive degrees turn clockwise on screen. Pure.
 */
import { rotatedAbout } from '../../src/form/geometry/floor-tilt';
import type { PoseFrame } from '../../src/pose/landmarks';

const ORIGIN = { x: 0, y: 0 };

export function rolledFrame(frame: PoseFrame, degrees: number): PoseFrame {
  const width = frame.width || 1;
  const height = frame.height || 1;
  const centre = { x: width / 2, y: height / 2 };
  return {
    ...frame,
    poses: frame.poses.map((pose) => ({
      landmarks: pose.landmarks.map((l) => {
        const p = rotatedAbout({ x: l.x * width, y: l.y * height }, centre, degrees);
        return { ...l, x: p.x / width, y: p.y / height };
      }),
      worldLandmarks: pose.worldLandmarks.map((l) => ({
        ...l,
        ...rotatedAbout({ x: l.x, y: l.y }, ORIGIN, degrees),
      })),
    })),
  };
}
