import { afterEach, describe, expect, it, vi } from 'vitest';
import { PipelineError } from '../../../src/pose/pipeline-errors';
import { workerAnswer } from '../../../src/pose/worker-answer';

const never = () => new Promise<never>(() => undefined);

describe('workerAnswer', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves with the answer', async () => {
    await expect(workerAnswer(() => Promise.resolve(7), never(), 1000, 'w')).resolves.toBe(7);
  });

  it('names the failed worker, not the released proxy the call meets afterwards', async () => {
    const crash = new PipelineError('worker-failed', 'Uncaught Error: simulated crash');
    const failed = Promise.reject(crash);
    failed.catch(() => undefined);
    const released = () => {
      throw new Error('Proxy has been released and is not useable');
    };
    await expect(workerAnswer(released, failed, 1000, 'w')).rejects.toBe(crash);
  });

  it('turns a call that throws at once into a rejection', async () => {
    const released = () => {
      throw new Error('Proxy has been released and is not useable');
    };
    await expect(workerAnswer(released, never(), 1000, 'w')).rejects.toThrow('released');
  });

  it('gives up on a silent worker after `ms`, with a worker-failed error', async () => {
    vi.useFakeTimers();
    const waiting = workerAnswer(never, never(), 2000, 'pose worker');
    const outcome = expect(waiting).rejects.toMatchObject({
      code: 'worker-failed',
      detail: 'pose worker: no answer in 2000 ms',
    });
    await vi.advanceTimersByTimeAsync(1999);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
  });
});
