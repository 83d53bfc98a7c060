import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor } from '../../../../src/ui/workout/keyboard-shortcuts';

const press = (key: string, more: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
  shortcutFor({ key, ctrlKey: false, altKey: false, metaKey: false, targetTag: 'BODY', ...more });

describe('workout keys', () => {
  it('maps the keys of the help table to their actions', () => {
    expect(press(' ')).toBe('pause');
    expect(press('Escape')).toBe('end');
    expect(press('ArrowLeft')).toBe('previous');
    expect(press('ArrowRight')).toBe('next');
    expect(press('m')).toBe('mute');
    expect(press('M')).toBe('mute');
    expect(press('?')).toBe('help');
    expect(press('x')).toBeUndefined();
    // Every action the handler knows is explained in the help.
    const explained = new Set(SHORTCUTS.map((s) => s.action));
    for (const key of [' ', 'Escape', 'ArrowLeft', 'ArrowRight', 'm', '?']) {
      expect(explained.has(press(key)!)).toBe(true);
    }
  });

  it('leaves keys to text fields and selects, and to browser shortcuts', () => {
    expect(press(' ', { targetTag: 'INPUT' })).toBeUndefined();
    expect(press('ArrowLeft', { targetTag: 'SELECT' })).toBeUndefined();
    expect(press('m', { ctrlKey: true })).toBeUndefined();
    expect(press('ArrowLeft', { altKey: true })).toBeUndefined();
    // On a button the space still pauses: a clicked control keeps the focus.
    expect(press(' ', { targetTag: 'BUTTON' })).toBe('pause');
  });
});
