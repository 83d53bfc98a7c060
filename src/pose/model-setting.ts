/** The person's model setting (a model path or the automatic choice), kept per device. */
import { AUTO_MODEL } from './live-session';
import { MODEL_VARIANTS } from './model-variants';

const STORAGE_KEY = 'spine-coach:pose-model';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The stored setting, or the automatic choice when nothing (or something unknown) is stored. */
export function readModelSetting(store: Store | undefined): string {
  try {
    const stored = store?.getItem(STORAGE_KEY);
    if (stored && (stored === AUTO_MODEL || MODEL_VARIANTS.some((v) => v.path === stored))) {
      return stored;
    }
  } catch {
    // Storage refused: the default holds.
  }
  return AUTO_MODEL;
}

export function writeModelSetting(store: Store | undefined, setting: string): void {
  try {
    store?.setItem(STORAGE_KEY, setting);
  } catch {
    // Storage refused: the setting holds for this page only.
  }
}
