/**
 * A call to the pose worker that cannot wait forever: the answer, or a worker-failed error when
 * the worker fails or says nothing for `ms`.
 *
 * `failed` is raced first, and the call is made inside the race: a worker that failed between two
 * frames has already been let go by the host (its proxy released), so the next call throws
 * "Proxy has been released" at once. Reported like that, the restart hid the worker's own error
 * (the e2e waiting for its simulated crash to be named timed out, 2 of 25 runs under load).
 */
import { PipelineError } from './pipeline-errors';

export function workerAnswer<T>(
  call: () => Promise<T>,
  failed: Promise<never>,
  ms: number,
  what: string,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PipelineError('worker-failed', `${what}: no answer in ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([failed, Promise.resolve().then(call), silence]).finally(() =>
    clearTimeout(timer),
  );
}
