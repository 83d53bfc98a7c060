import type { Exercise } from '../content/exercise-schema';

const LOWER_BODY = new Set(['hips', 'knees', 'ankles']);

/**
 * Where to put the laptop for an exercise, in one sentence. Whole-body exercises need the camera
 * low and far enough back to see head to ankles; head-and-shoulders ones need it close, at eye level.
 */
export function cameraSetup(camera: Exercise['camera']): string {
  const wholeBody = camera.visible.some((part) => LOWER_BODY.has(part));
  const where = wholeBody
    ? 'at hip height, 2–3 m away, so your whole body is in view'
    : 'at eye level, about 1 m away, so your head and shoulders are in view';
  switch (camera.view) {
    case 'side':
      return `Place the camera side-on ${where}.`;
    case 'front':
      return `Place the camera in front of you ${where}.`;
    case 'any':
      return `Place the camera ${where}; side-on or facing you both work.`;
  }
}
