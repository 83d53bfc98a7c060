import { DEFAULT_GUIDANCE_TEXT } from '../form/engine';
import type { Guidance } from '../form/types';

/** The exercise's own sentence, else the engine's default, else the id in words. */
export function guidanceText(cues: Readonly<Record<string, string>>, guidance: string): string {
  return (
    cues[guidance] ?? DEFAULT_GUIDANCE_TEXT[guidance as Guidance] ?? guidance.replaceAll('-', ' ')
  );
}
