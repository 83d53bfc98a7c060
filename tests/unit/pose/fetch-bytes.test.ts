import { describe, expect, it } from 'vitest';
import { LoadFailure } from '../../../src/pose/detector';
import { FETCH_ATTEMPTS, fetchBytes } from '../../../src/pose/backends/fetch-bytes';

const noWait = () => Promise.resolve();

/** A response whose body cannot be read (the connection dropped during the download). */
function brokenBody(): Response {
  const response = new Response('partial');
  Object.defineProperty(response, 'arrayBuffer', {
    value: () => Promise.reject(new TypeError('network error')),
  });
  return response;
}

/** A fake fetch answering with the given results in turn (an Error is thrown). */
function fetchFrom(results: (Response | Error)[]) {
  const calls: string[] = [];
  const fake = (input: RequestInfo | URL) => {
    calls.push(String(input));
    const next = results.shift()!;
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return { fetchImpl: fake as typeof fetch, calls };
}

async function failureOf(promise: Promise<unknown>): Promise<LoadFailure> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LoadFailure);
  return error as LoadFailure;
}

describe('fetchBytes', () => {
  it('reports a body that cannot be read as a failed model download, not an engine failure', async () => {
    const { fetchImpl, calls } = fetchFrom(Array.from({ length: FETCH_ATTEMPTS }, brokenBody));
    const failure = await failureOf(
      fetchBytes('/models/full.task', 'model-load-failed', fetchImpl, noWait),
    );
    expect(failure.code).toBe('model-load-failed');
    expect(failure.message).toMatch(/reading the download failed \(3 attempts\)/);
    expect(calls).toHaveLength(FETCH_ATTEMPTS);
  });

  it('tries again when the download breaks, and returns the bytes of a later attempt', async () => {
    const { fetchImpl, calls } = fetchFrom([
      new TypeError('Failed to fetch'),
      brokenBody(),
      new Response(new Uint8Array([1, 2, 3])),
    ]);
    const bytes = await fetchBytes('/m.task', 'model-load-failed', fetchImpl, noWait);
    expect([...bytes]).toEqual([1, 2, 3]);
    expect(calls).toHaveLength(3);
  });

  it('does not try again when the server answered with an error', async () => {
    const { fetchImpl, calls } = fetchFrom([new Response('missing', { status: 404 })]);
    const failure = await failureOf(fetchBytes('/m.task', 'model-load-failed', fetchImpl, noWait));
    expect(failure.message).toMatch(/HTTP 404/);
    expect(calls).toHaveLength(1);
  });
});
