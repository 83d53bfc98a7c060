import { describe, expect, it } from 'vitest';
import {
  THEME_KEY,
  applyThemePreference,
  readThemePreference,
  writeThemePreference,
  type StorageLike,
} from '../../../../src/ui/theme/theme-preference';

function memoryStorage(initial: Record<string, string> = {}): StorageLike {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const refusing: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('theme preference', () => {
  it('follows the system until the person chooses', () => {
    expect(readThemePreference(memoryStorage())).toBe('system');
  });

  it('remembers a choice', () => {
    const storage = memoryStorage();
    expect(writeThemePreference(storage, 'dark')).toBe(true);
    expect(readThemePreference(storage)).toBe('dark');
    writeThemePreference(storage, 'light');
    expect(readThemePreference(storage)).toBe('light');
  });

  it('reads an unknown stored value as "system"', () => {
    expect(readThemePreference(memoryStorage({ [THEME_KEY]: 'purple' }))).toBe('system');
  });

  it('survives a browser that refuses storage', () => {
    expect(readThemePreference(refusing)).toBe('system');
    expect(writeThemePreference(refusing, 'dark')).toBe(false);
  });

  it('sets data-theme for light and dark and removes it for system', () => {
    const root = { dataset: {} as DOMStringMap } as HTMLElement;
    applyThemePreference(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    applyThemePreference(root, 'light');
    expect(root.dataset.theme).toBe('light');
    applyThemePreference(root, 'system');
    expect(root.dataset.theme).toBeUndefined();
  });
});
