/**
 * Downloads a file the worker needs (the MediaPipe model) as bytes. A download that breaks on the
 * way, before the answer or while its body is read, is tried again after a pause: a connection
 * that drops for a moment should not cost the set-up. An HTTP error is not: the server has
 * answered. Whatever fails in the end is reported under the caller's code ("The pose model could
 * not be downloaded from this site"), never as the engine stopping with an error.
 */
import { LoadFailure } from '../detector';
import type { PipelineErrorCode } from '../pipeline-errors';

export const FETCH_ATTEMPTS = 3;
export const RETRY_AFTER_MS = 500;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function fetchBytes(
  url: string,
  code: PipelineErrorCode,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  wait: (ms: number) => Promise<void> = pause,
): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt++) {
    let response: Response | undefined;
    try {
      response = await fetchImpl(url);
    } catch (error) {
      if (attempt >= FETCH_ATTEMPTS) throw failure(code, url, 'downloading', attempt, error);
      await wait(RETRY_AFTER_MS * attempt);
      continue;
    }
    if (!response.ok) throw new LoadFailure(code, `${url}: HTTP ${response.status}`);
    try {
      return new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (attempt >= FETCH_ATTEMPTS)
        throw failure(code, url, 'reading the download', attempt, error);
      await wait(RETRY_AFTER_MS * attempt);
    }
  }
}

function failure(
  code: PipelineErrorCode,
  url: string,
  step: string,
  attempts: number,
  error: unknown,
): LoadFailure {
  return new LoadFailure(code, `${url}: ${step} failed (${attempts} attempts): ${String(error)}`);
}
