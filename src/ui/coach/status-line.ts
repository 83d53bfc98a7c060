/** The status line's text, from the session status: what runs, on what, and how fast. */
import type { LiveStatus } from '../../pose/live-session';

export function statusParts(status: LiveStatus): string[] {
  const parts: string[] = [];
  if (status.model === 'loading') parts.push(`Loading model ${status.modelName}…`);
  else if (status.model === 'failed') parts.push(`Model ${status.modelName} not loaded`);
  else {
    const seconds = ((status.modelLoadMs ?? 0) / 1000).toFixed(1);
    const loaded = status.warm ? 'already loaded' : `loaded in ${seconds} s`;
    parts.push(`Model ${status.modelName} on ${status.delegate ?? '?'} (${loaded})`);
  }
  if (status.choice) parts.push(status.choice);
  if (status.model === 'ready' && status.modelName.startsWith('movenet')) {
    parts.push('MoveNet sees 17 points: no heels, feet or depth, so checks needing them say so');
  }
  if (status.phase === 'starting') parts.push('starting…');
  if (status.phase === 'running' || status.phase === 'ended') {
    parts.push(`${status.stats.fps.toFixed(1)} fps`);
    parts.push(`inference ${Math.round(status.stats.inferenceMs)} ms`);
    if (status.stats.dropped > 0) parts.push(`${status.stats.dropped} frames skipped`);
  }
  if (status.phase === 'ended') parts.push('end of video');
  if (status.restarts > 0) {
    parts.push(`tracking restarted ${status.restarts === 1 ? 'once' : `${status.restarts} times`}`);
  }
  return parts;
}
