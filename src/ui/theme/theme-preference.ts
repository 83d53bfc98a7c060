/** The person's choice of colour theme: follow the system, or always light or dark. */
export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export const THEME_KEY = 'spine-coach.theme.v1';

/** The part of the Web Storage API the preference uses; tests pass an in-memory one. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function isThemePreference(value: unknown): value is ThemePreference {
  return (THEME_PREFERENCES as readonly unknown[]).includes(value);
}

/** The stored choice; anything unreadable means "follow the system", which is never wrong. */
export function readThemePreference(storage: StorageLike): ThemePreference {
  try {
    const stored = storage.getItem(THEME_KEY);
    return isThemePreference(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Stores the choice; false when the browser refuses (the theme still applies for this visit). */
export function writeThemePreference(storage: StorageLike, preference: ThemePreference): boolean {
  try {
    storage.setItem(THEME_KEY, preference);
    return true;
  } catch {
    return false;
  }
}

/** Applies the choice: tokens.css reads `data-theme` on <html>; without it the system decides. */
export function applyThemePreference(root: HTMLElement, preference: ThemePreference): void {
  if (preference === 'system') delete root.dataset.theme;
  else root.dataset.theme = preference;
}
