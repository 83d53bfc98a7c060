import { describe, expect, it } from 'vitest';
import { createPoseWorkerHost } from '../../../src/pose/pose-worker-host';

/** A Worker stand-in: events can be fired at it; it remembers being terminated. */
class FakeWorker extends EventTarget {
  terminated = false;
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
  fail(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

function host() {
  const workers: FakeWorker[] = [];
  const made = createPoseWorkerHost(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { host: made, workers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the app pose worker host', () => {
  it('hands every caller the same worker while it runs', () => {
    const { host: h, workers } = host();
    expect(h.shared()).toBe(h.shared());
    expect(workers).toHaveLength(1);
  });

  it('retries a worker whose script failed to load: the next caller gets a fresh one', async () => {
    const { host: h, workers } = host();
    const first = h.shared();
    workers[0]!.fail('Failed to fetch a dynamically imported module');
    await expect(first.failed).rejects.toMatchObject({ code: 'worker-failed' });
    await settle();
    expect(workers[0]!.terminated).toBe(true);
    const second = h.shared();
    expect(second).not.toBe(first);
    expect(second.generation).toBe(2);
    expect(workers).toHaveLength(2);
    // The fresh worker is kept while it works.
    expect(h.shared()).toBe(second);
  });

  it('a late failure of a replaced worker does not drop its replacement', async () => {
    const { host: h, workers } = host();
    h.shared();
    const second = h.restart();
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.fail('late');
    await settle();
    expect(h.shared()).toBe(second);
    expect(workers[1]!.terminated).toBe(false);
  });
});
