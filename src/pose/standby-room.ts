/**
 * Whether this device has room for a standby pose worker. A standby holds a second copy of the
 * model's wasm heap (98 MB measured for MediaPipe Full, the same as the running worker's), kept
 * for a crash that may never come; and running out of memory is itself a likely reason for a
 * worker to crash. So a standby is made only where the browser says there is memory to spare:
 * `navigator.deviceMemory` (Chromium; rounded, at most 8) of at least 4 GB, where it is 2.5% of the
 * memory or less. Elsewhere (less memory, or a browser that does not say) a restart reloads from
 * the restart kit, measured at 0.8-1.6 s on a machine not loaded by tests.
 */
const STANDBY_MIN_DEVICE_GB = 4;

export function roomForStandby(gb: number | undefined): boolean {
  return gb !== undefined && gb >= STANDBY_MIN_DEVICE_GB;
}

/** The browser's own figure, where it gives one. */
export function deviceMemoryGb(): number | undefined {
  const memory = (globalThis.navigator as { deviceMemory?: unknown } | undefined)?.deviceMemory;
  return typeof memory === 'number' ? memory : undefined;
}
