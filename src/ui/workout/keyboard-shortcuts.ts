/** The workout screen's keys: one table, read by the key handler and by the help overlay. */
export type ShortcutAction = 'pause' | 'end' | 'previous' | 'next' | 'mute' | 'help';

export const SHORTCUTS: readonly { keys: string; action: ShortcutAction; does: string }[] = [
  { keys: 'Space', action: 'pause', does: 'Pause or carry on' },
  { keys: 'Escape', action: 'end', does: 'End the workout and see the summary' },
  { keys: '←', action: 'previous', does: 'Back to the previous exercise' },
  { keys: '→', action: 'next', does: 'Skip to the next exercise' },
  { keys: 'M', action: 'mute', does: 'Mute or unmute the coach' },
  { keys: '?', action: 'help', does: 'Show these keys' },
];

const BY_KEY: Record<string, ShortcutAction> = {
  ' ': 'pause',
  Escape: 'end',
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  m: 'mute',
  M: 'mute',
  '?': 'help',
};

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** The focused element's tag name, e.g. 'INPUT'. */
  targetTag: string;
}

/** Where typing or choosing happens, keys belong to the control, not to the workout. */
const OWN_KEYS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** The action a key press asks for, if any. */
export function shortcutFor(event: KeyLike): ShortcutAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey || OWN_KEYS.has(event.targetTag)) {
    return undefined;
  }
  return BY_KEY[event.key];
}
