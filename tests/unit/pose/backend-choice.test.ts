import { describe, expect, it } from 'vitest';
import {
  BEHIND_FOR_MS,
  BehindWatch,
  chooseBackend,
  forgetChoice,
  rememberChoice,
  rememberedChoice,
} from '../../../src/pose/backend-choice';

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
    const choice = chooseBackend([
      { id: 'full', fps: 9.2 },
      { id: 'movenet-thunder', fps: 16 },
    ]);
    expect(choice?.id).toBe('movenet-thunder');
    expect(choice?.reason).toContain('MediaPipe Full 9.2 fps');
    expect(choice?.reason).toContain('too slow');
  });

  it('takes full MediaPipe where it keeps up', () => {
    expect(chooseBackend([{ id: 'full', fps: 30 }])?.id).toBe('full');
  });

  it('takes the fastest when nothing keeps up, and nothing when every candidate failed', () => {
    const slow = chooseBackend([
      { id: 'full', fps: 5 },
      { id: 'movenet-thunder', fps: 0 },
      { id: 'lite', fps: 9 },
      { id: 'movenet-lightning', fps: 8 },
    ]);
    expect(slow?.id).toBe('lite');
    expect(slow?.reason).toMatch(/none keeps 15 fps/);
    expect(chooseBackend([{ id: 'full', fps: 0 }])).toBeUndefined();
  });
});

describe('remembered choice', () => {
  it('is kept per device and forgotten on request', () => {
    const store = memoryStore();
    const choice = chooseBackend([{ id: 'full', fps: 20 }])!;
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
