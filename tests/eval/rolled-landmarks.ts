/**
 * The recorded landmarks as a camera rolled about its own axis would have placed them: every
 * picture landmark turned about the picture's centre (in pixels, so angles stay true), every 3-D
 * landmark turned about the camera's axis (MediaPipe's world landmarks are camera-aligned: x right,
 * y down, z away). A quick test of the checkers' geometry against a camera that is not quite level,
 * with no recording; the `tilt` variant records a rotated picture, which also tests the model.
 * Positive degrees turn clockwise on screen. Pure.
 */
import type { PoseFrame } from '../../src/pose/landmarks';

export function rolledFrame(frame: PoseFrame, degrees: number): PoseFrame {
  const angle = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const width = frame.width || 1;
  const height = frame.height || 1;
  return {
    ...frame,
    poses: frame.poses.map((pose) => ({
      landmarks: pose.landmarks.map((l) => {
        const [dx, dy] = [(l.x - 0.5) * width, (l.y - 0.5) * height];
        return {
          ...l,
          x: 0.5 + (dx * cos - dy * sin) / width,
          y: 0.5 + (dx * sin + dy * cos) / height,
        };
      }),
      worldLandmarks: pose.worldLandmarks.map((l) => ({
        ...l,
        x: l.x * cos - l.y * sin,
        y: l.x * sin + l.y * cos,
      })),
    })),
  };
}
