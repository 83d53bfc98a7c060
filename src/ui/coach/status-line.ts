/** The status line's text, from the session status: what runs, on what, and how fast. */
import type { LiveStatus } from '../../pose/live-session';

export function statusParts(status: LiveStatus): string[] {
  const parts: string[] = [];
  if (status.model === 'loading') parts.push(`Loading model ${status.modelName}…`);
  else if (status.model === 'failed') parts.push(`Model ${status.modelName} not loaded`);
  else {
    const seconds = ((status.modelLoadMs ?? 0) / 1000).toFixed(1);
    parts.push(`Model ${status.modelName} on ${status.delegate ?? '?'} (loaded in ${seconds} s)`);
  }
  if (status.phase === 'starting') parts.push('starting…');
  if (status.phase === 'running' || status.phase === 'ended') {
    parts.push(`${status.stats.fps.toFixed(1)} fps`);
    parts.push(`inference ${Math.round(status.stats.inferenceMs)} ms`);
    if (status.stats.dropped > 0) parts.push(`${status.stats.dropped} frames skipped`);
  }
  if (status.phase === 'ended') parts.push('end of video');
  return parts;
}
