export type Delegate = 'CPU' | 'GPU';
export type DelegateRequest = Delegate | 'auto';

/** Why a delegate was chosen, for the status line and the benchmark. */
export interface DelegateChoice {
  delegate: Delegate;
  reason: string;
}

/**
 * WebGL renderers that run on the CPU. MediaPipe's GPU path on them is about 15x slower than its
 * CPU path (measured: 680 ms vs 45 ms a frame), so they are not worth measuring.
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|mesa offscreen/i;

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Picks the faster delegate from a few timed frames of each; CPU when GPU could not run. */
export function chooseDelegate(cpuMs: readonly number[], gpuMs: readonly number[]): DelegateChoice {
  if (gpuMs.length === 0) return { delegate: 'CPU', reason: 'GPU unavailable' };
  if (cpuMs.length === 0) return { delegate: 'GPU', reason: 'CPU unavailable' };
  const cpu = median(cpuMs);
  const gpu = median(gpuMs);
  const timing = `GPU ${gpu.toFixed(0)} ms vs CPU ${cpu.toFixed(0)} ms a frame`;
  return gpu < cpu ? { delegate: 'GPU', reason: timing } : { delegate: 'CPU', reason: timing };
}
