import type { Guidance } from '../form/types';

/** Said when an exercise's content file has no sentence of its own for a guidance. */
const FALLBACK: Record<Guidance, string> = {
  'come-into-frame': 'Come into the frame',
  'move-back': 'Move back so your whole body is visible',
  'turn-side-on': 'Turn side-on to the camera',
  'face-the-camera': 'Face the camera',
  'one-person-only': 'One person only in the frame, please',
  'not-in-position': 'Get into the starting position',
};

export function guidanceText(cues: Readonly<Record<string, string>>, guidance: string): string {
  return cues[guidance] ?? FALLBACK[guidance as Guidance] ?? guidance.replaceAll('-', ' ');
}
