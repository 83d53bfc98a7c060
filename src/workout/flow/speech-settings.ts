import { z } from 'zod';

/** How the coach speaks: kept in this browser, so the choice holds for the next workout. */
export interface SpeechSettings {
  muted: boolean;
  /** The chosen voice's voiceURI; null for the browser's default voice. */
  voice: string | null;
  /** Speaking rate, 0.5 (slow) to 1.5 (quick); 1 is normal. */
  rate: number;
}

export const SPEECH_SETTINGS_KEY = 'spine-coach.speech';
export const DEFAULT_SPEECH_SETTINGS: SpeechSettings = { muted: false, voice: null, rate: 1 };
export const RATE_RANGE = { min: 0.5, max: 1.5, step: 0.1 } as const;

const schema = z.object({
  muted: z.boolean().catch(false),
  voice: z.string().nullable().catch(null),
  rate: z.number().min(RATE_RANGE.min).max(RATE_RANGE.max).catch(1),
});

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved settings; anything missing or damaged falls back to the default, field by field. */
export function loadSpeechSettings(store: Store): SpeechSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(SPEECH_SETTINGS_KEY) ?? 'null');
  } catch {
    raw = null;
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SPEECH_SETTINGS };
  return schema.parse({ ...DEFAULT_SPEECH_SETTINGS, ...raw });
}

/** Saves the settings; false when the browser refuses (private mode, full storage). */
export function saveSpeechSettings(store: Store, settings: SpeechSettings): boolean {
  try {
    store.setItem(SPEECH_SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

/** A rate kept inside the range and rounded to its step (a slider's value, or a stored one). */
export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  const clamped = Math.min(RATE_RANGE.max, Math.max(RATE_RANGE.min, rate));
  return Math.round(clamped / RATE_RANGE.step) * RATE_RANGE.step;
}

export interface VoiceOption {
  id: string;
  label: string;
}

/** The voices to offer: English ones first (the coach's lines are English), by name. */
export function voiceOptions(
  voices: readonly { voiceURI: string; name: string; lang: string }[],
): VoiceOption[] {
  const english = (lang: string) => lang.toLowerCase().startsWith('en');
  return [...voices]
    .sort(
      (a, b) => Number(english(b.lang)) - Number(english(a.lang)) || a.name.localeCompare(b.name),
    )
    .map((v) => ({ id: v.voiceURI, label: `${v.name} (${v.lang})` }));
}
