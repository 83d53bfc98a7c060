/** Why the history database could not do something, in words for the person. */
export type StorageProblemKind = 'quota' | 'blocked' | 'unavailable' | 'failed';

export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
}

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's error in `inner`; look through the chain.
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') found.push(name);
    current = (current as { inner?: unknown }).inner;
  }
  return found;
}

export function storageProblemKind(error: unknown): StorageProblemKind {
  const chain = names(error);
  if (chain.some((n) => n === 'QuotaExceededError' || n === 'NS_ERROR_DOM_QUOTA_REACHED'))
    return 'quota';
  if (chain.some((n) => n === 'BlockedError' || n === 'VersionChangeError')) return 'blocked';
  if (
    chain.some((n) =>
      [
        'MissingAPIError',
        'OpenFailedError',
        'DatabaseClosedError',
        'InvalidStateError',
        'UnknownError',
        'SecurityError',
      ].includes(n),
    )
  )
    return 'unavailable';
  return 'failed';
}

const WHY: Record<StorageProblemKind, string> = {
  quota: 'the storage for this site is full',
  blocked: 'another tab of Spine Coach holds an older version of the history open (close it)',
  unavailable: 'this browser does not let the app use its storage (private mode?)',
  failed: 'the browser storage failed',
};

/** "the storage for this site is full", etc. */
export function describeStorageError(error: unknown): StorageProblem {
  const kind = storageProblemKind(error);
  return { kind, message: WHY[kind] };
}
