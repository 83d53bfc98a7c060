/**
 * Browser side of the overlay benchmark: recorded pose results arrive at the pipeline's rate and
 * are handled as the workout page handles them; each step is metered on the main thread.
 */
import '../../src/ui/theme/tokens.css';
import { mount } from 'svelte';
import type { PoseFrame } from '../../src/pose/landmarks';
import OverlayHarness from './OverlayHarness.svelte';
import type { OverlayTiming } from './overlay-api';

const harness = mount(OverlayHarness, { target: document.getElementById('app')! });

/** Resolves after the next frame is rendered: a task queued from requestAnimationFrame. */
function afterNextFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );
}

window.overlayBench = {
  async replay(exerciseId: string, frames: PoseFrame[], fps: number) {
    harness.start(exerciseId);
    const timings: OverlayTiming[] = [];
    const interval = 1000 / fps;
    const startedAt = performance.now();
    for (const [i, frame] of frames.entries()) {
      const due = startedAt + i * interval;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      const arrived = performance.now();
      const steps = harness.onResult(frame);
      const shown = await afterNextFrame();
      timings.push({ ...steps, delayMs: shown - arrived });
    }
    return timings;
  },
};
