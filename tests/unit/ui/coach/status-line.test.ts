import { describe, expect, it } from 'vitest';
import type { LiveStatus } from '../../../../src/pose/live-session';
import { statusParts } from '../../../../src/ui/coach/status-line';

const base: LiveStatus = {
  model: 'ready',
  modelUrl: '/models/pose_landmarker_full.task',
  modelName: 'pose_landmarker_full',
  delegate: 'CPU',
  modelLoadMs: 1460,
  phase: 'idle',
  stats: { processed: 0, detected: 0, dropped: 0, fps: 0, inferenceMs: 0 },
  restarts: 0,
};

describe('statusParts', () => {
  it('names the model, the delegate and the load time', () => {
    expect(statusParts(base)).toEqual(['Model pose_landmarker_full on CPU (loaded in 1.5 s)']);
  });

  it('says while the model loads, and when it failed', () => {
    expect(statusParts({ ...base, model: 'loading' })[0]).toMatch(/^Loading model/);
    expect(statusParts({ ...base, model: 'failed' })[0]).toMatch(/not loaded/);
  });

  it('adds speed figures while running, and skipped frames when there are any', () => {
    const running: LiveStatus = {
      ...base,
      phase: 'running',
      stats: { processed: 50, detected: 49, dropped: 7, fps: 9.44, inferenceMs: 48.6 },
    };
    expect(statusParts(running).slice(1)).toEqual([
      '9.4 fps',
      'inference 49 ms',
      '7 frames skipped',
    ]);
    expect(statusParts({ ...running, phase: 'ended' })).toContain('end of video');
  });

  it('says when the model was already in the worker, why it was chosen, and restarts', () => {
    const parts = statusParts({
      ...base,
      warm: true,
      choice: 'chosen on this device: MoveNet Lightning 16.0 fps',
      restarts: 2,
    });
    expect(parts).toEqual([
      'Model pose_landmarker_full on CPU (already loaded)',
      'chosen on this device: MoveNet Lightning 16.0 fps',
      'tracking restarted 2 times',
    ]);
  });

  it('says what MoveNet cannot see', () => {
    const parts = statusParts({ ...base, modelName: 'movenet-lightning' });
    expect(parts[1]).toMatch(/no heels, feet or depth/);
  });
});
