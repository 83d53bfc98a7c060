import { describe, expect, it } from 'vitest';
import { readModelSetting, writeModelSetting } from '../../../src/pose/model-setting';

function memoryStore() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

describe('model setting', () => {
  it('defaults to the automatic choice and keeps what was chosen', () => {
    const store = memoryStore();
    expect(readModelSetting(store)).toBe('auto');
    writeModelSetting(store, 'models/movenet-lightning.json');
    expect(readModelSetting(store)).toBe('models/movenet-lightning.json');
  });

  it('falls back to automatic for an unknown model or refused storage', () => {
    const store = memoryStore();
    writeModelSetting(store, 'models/gone.task');
    expect(readModelSetting(store)).toBe('auto');
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => writeModelSetting(refusing, 'auto')).not.toThrow();
    expect(readModelSetting(refusing)).toBe('auto');
  });
});
