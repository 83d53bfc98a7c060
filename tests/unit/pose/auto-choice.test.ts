import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseOnSource, type AutoChoiceDeps } from '../../../src/pose/auto-choice';
import { variantById, type ModelVariantId } from '../../../src/pose/model-variants';

interface Fake {
  id: ModelVariantId;
  close(): void;
}

/** Candidates that load at once; `answers` says how many frames each answers as it is routed. */
function deps(answers: Partial<Record<ModelVariantId, number>>): AutoChoiceDeps<Fake> {
  return {
    load: (path) => {
      const id = (['full', 'movenet-thunder', 'lite', 'movenet-lightning'] as const).find(
        (v) => variantById(v).path === path,
      )!;
      return Promise.resolve({ id, close: () => undefined });
    },
    route: (estimator, onResult) => {
      for (let i = 0; estimator && i < (answers[estimator.id] ?? 0); i++) onResult();
    },
    timingMs: 100,
    now: () => Date.now(),
    onProgress: () => undefined,
    cancelled: () => false,
  };
}

describe('chooseOnSource on a machine too busy to time anything', () => {
  afterEach(() => vi.useRealTimers());

  it('does not take the one answer a candidate gets at once for its own (it may be the previous one’s frame)', async () => {
    vi.useFakeTimers();
    const choosing = chooseOnSource(deps({ full: 1 }));
    await vi.advanceTimersByTimeAsync(10_000);
    const choice = await choosing;
    // Nothing answered in time: the lightest model runs, not Full for one stray answer.
    expect(choice).toMatchObject({ id: 'movenet-lightning', measured: false });
  });

  it('prefers a candidate that answered frames routed to it, however few', async () => {
    vi.useFakeTimers();
    const choosing = chooseOnSource(deps({ lite: 2 }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await choosing).toMatchObject({ id: 'lite', measured: false });
  });
});
