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
    const second = h.restart().handle;
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.fail('late');
    await settle();
    expect(h.shared()).toBe(second);
    expect(workers[1]!.terminated).toBe(false);
  });
});

describe('the standby pose worker', () => {
  it('is a second worker for one model; a restart for that model takes it over', () => {
    const { host: h, workers } = host();
    const running = h.shared('full');
    const spare = h.standby('full')!;
    expect(workers).toHaveLength(2);
    expect(h.standby('full')).toBeUndefined();
    expect(h.shared('full')).toBe(running);
    const restart = h.restart('full');
    expect(restart).toEqual({ handle: spare, fromStandby: true });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.terminated).toBe(false);
    expect(h.standbyKey).toBeUndefined();
    expect(h.shared()).toBe(spare);
    // The next restart, with no standby made since, starts a worker from nothing.
    expect(h.restart('full').fromStandby).toBe(false);
    expect(workers).toHaveLength(3);
  });

  it('is dropped when another model is loaded or restarted, never run in its place', () => {
    const { host: h, workers } = host();
    h.shared('full');
    h.standby('full');
    h.shared('lite');
    expect(workers[1]!.terminated).toBe(true);
    expect(h.standbyKey).toBeUndefined();
    h.standby('lite');
    const restart = h.restart('movenet');
    expect(restart.fromStandby).toBe(false);
    expect(workers[2]!.terminated).toBe(true);
    expect(workers).toHaveLength(4);
    // A standby for another model replaces the one kept.
    h.standby('full');
    h.standby('lite');
    expect(workers[4]!.terminated).toBe(true);
    expect(h.standbyKey).toBe('lite');
  });

  it('a standby whose script fails is let go; the running worker is kept', async () => {
    const { host: h, workers } = host();
    const running = h.shared('full');
    const spare = h.standby('full')!;
    workers[1]!.fail('out of memory');
    await expect(spare.failed).rejects.toMatchObject({ code: 'worker-failed' });
    await settle();
    expect(workers[1]!.terminated).toBe(true);
    expect(h.standbyKey).toBeUndefined();
    expect(h.shared('full')).toBe(running);
    const second = h.standby('full')!;
    // A standby that could not load is dropped, unless it was taken over meanwhile.
    h.dropStandby(spare);
    expect(h.standbyKey).toBe('full');
    h.dropStandby(second);
    expect(workers[2]!.terminated).toBe(true);
    const third = h.standby('full')!;
    h.restart('full');
    h.dropStandby(third);
    expect(workers[3]!.terminated).toBe(false);
    expect(h.shared()).toBe(third);
  });
});
