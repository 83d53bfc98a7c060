import { describe, expect, it } from 'vitest';
import {
  BEHIND_FOR_MS,
  BehindWatch,
  CatchUpWatch,
  chooseBackend,
  forgetChoice,
  rememberChoice,
  rememberedChoice,
  type CandidateTiming,
} from '../../../src/pose/backend-choice';
import type { ModelVariantId } from '../../../src/pose/model-variants';

/** A candidate that loaded and was timed at `fps` (answering about that many frames a second). */
const timed = (id: ModelVariantId, fps: number): CandidateTiming => ({
  id,
  fps,
  loaded: true,
  answered: Math.ceil(fps) + 1,
});
/** A candidate that loaded and answered `answered` frames, too few or too late to time. */
const silent = (id: ModelVariantId, answered = 0): CandidateTiming => ({
  id,
  fps: 0,
  loaded: true,
  answered,
});
const unloadable = (id: ModelVariantId): CandidateTiming => ({
  id,
  fps: 0,
  loaded: false,
  answered: 0,
});

function memoryStore() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('chooseBackend', () => {
  it('takes the most accurate candidate that keeps 15 fps, and says what was too slow', () => {
    const choice = chooseBackend([timed('full', 9.2), timed('movenet-thunder', 16)]);
    expect(choice?.id).toBe('movenet-thunder');
    expect(choice?.measured).toBe(true);
    expect(choice?.reason).toContain('MediaPipe Full 9.2 fps');
    expect(choice?.reason).toContain('too slow');
  });

  it('takes full MediaPipe where it keeps up', () => {
    expect(chooseBackend([timed('full', 30)])?.id).toBe('full');
  });

  it('takes the fastest when nothing keeps up, and nothing when every candidate failed to load', () => {
    const slow = chooseBackend([
      timed('full', 5),
      unloadable('movenet-thunder'),
      timed('lite', 9),
      timed('movenet-lightning', 8),
    ]);
    expect(slow?.id).toBe('lite');
    expect(slow?.measured).toBe(true);
    expect(slow?.reason).toMatch(/none keeps 15 fps/);
    expect(chooseBackend([unloadable('full')])).toBeUndefined();
    expect(
      chooseBackend([
        unloadable('full'),
        unloadable('movenet-thunder'),
        unloadable('lite'),
        unloadable('movenet-lightning'),
      ]),
    ).toBeUndefined();
  });

  it('on a machine too busy to time anything, runs the lightest that loaded, unmeasured', () => {
    const busy = chooseBackend([
      silent('full'),
      silent('movenet-thunder'),
      silent('lite'),
      silent('movenet-lightning'),
    ]);
    expect(busy?.id).toBe('movenet-lightning');
    expect(busy?.measured).toBe(false);
    expect(busy?.fps).toBe(0);
    expect(busy?.reason).toBe(
      'machine busy: chose MoveNet Lightning without a measurement (no model answered in time)',
    );
    // Lightning failed to load: the next lightest.
    const noLightning = chooseBackend([
      silent('full'),
      silent('movenet-thunder'),
      silent('lite'),
      unloadable('movenet-lightning'),
    ]);
    expect(noLightning?.id).toBe('lite');
    expect(noLightning?.measured).toBe(false);
  });

  it('in the busy fallback, prefers a model that answered at least once to a lighter one that never did', () => {
    const busy = chooseBackend([
      silent('full', 1),
      silent('movenet-thunder'),
      silent('lite'),
      silent('movenet-lightning'),
    ]);
    expect(busy?.id).toBe('full');
    expect(busy?.measured).toBe(false);
  });
});

describe('remembered choice', () => {
  it('is kept per device and forgotten on request', () => {
    const store = memoryStore();
    const choice = chooseBackend([timed('full', 20)])!;
    rememberChoice(store, choice);
    expect(rememberedChoice(store)).toEqual(choice);
    forgetChoice(store);
    expect(rememberedChoice(store)).toBeUndefined();
  });

  it('ignores damaged or unknown entries', () => {
    const store = memoryStore();
    store.setItem('spine-coach:auto-pose-model', '{not json');
    expect(rememberedChoice(store)).toBeUndefined();
    store.setItem(
      'spine-coach:auto-pose-model',
      JSON.stringify({ id: 'heavy', reason: 'x', fps: 1 }),
    );
    expect(rememberedChoice(store)).toBeUndefined();
  });

  it('reads a choice stored before the busy fallback existed as measured', () => {
    const store = memoryStore();
    store.setItem(
      'spine-coach:auto-pose-model',
      JSON.stringify({ id: 'lite', reason: 'x', fps: 18, measuredAt: '2026-12-01T10:00:00Z' }),
    );
    expect(rememberedChoice(store)?.measured).toBe(true);
  });
});

describe('CatchUpWatch', () => {
  it('reports the machine caught up once the fallback keeps 80% of 15 fps for 10 s', () => {
    const watch = new CatchUpWatch();
    expect(watch.update(12, 0)).toBe(false);
    expect(watch.update(12, BEHIND_FOR_MS - 1)).toBe(false);
    expect(watch.update(12, BEHIND_FOR_MS)).toBe(true);
  });

  it('starts over on a slow moment, and never fires below 12 fps', () => {
    const watch = new CatchUpWatch();
    watch.update(20, 0);
    expect(watch.update(11.9, 5000)).toBe(false);
    expect(watch.update(20, BEHIND_FOR_MS + 1000)).toBe(false);
    expect(watch.update(20, 2 * BEHIND_FOR_MS + 1000)).toBe(true);
    const busy = new CatchUpWatch();
    for (let t = 0; t <= 60_000; t += 1000) expect(busy.update(3, t)).toBe(false);
  });
});

describe('BehindWatch', () => {
  it('reports falling behind only after a sustained drop', () => {
    const watch = new BehindWatch({ fps: 20 });
    expect(watch.update(10, 0)).toBe(false);
    expect(watch.update(10, BEHIND_FOR_MS - 1)).toBe(false);
    expect(watch.update(10, BEHIND_FOR_MS)).toBe(true);
  });

  it('starts over when the rate recovers, and judges a slow machine by its own rate', () => {
    const watch = new BehindWatch({ fps: 20 });
    watch.update(10, 0);
    expect(watch.update(14, 5000)).toBe(false);
    expect(watch.update(10, BEHIND_FOR_MS + 1000)).toBe(false);
    const slowMachine = new BehindWatch({ fps: 6 });
    expect(slowMachine.update(5, 0)).toBe(false);
    expect(slowMachine.update(5, BEHIND_FOR_MS)).toBe(false);
    expect(slowMachine.update(4, BEHIND_FOR_MS * 3)).toBe(false);
    expect(slowMachine.update(4, BEHIND_FOR_MS * 4)).toBe(true);
  });
});
