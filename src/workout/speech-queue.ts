/** The part of the Web Speech API the queue uses; tests pass a fake. */
export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
}
export interface UtteranceLike {
  text: string;
  onend: (() => void) | null;
  onerror: (() => void) | null;
}

export interface SpeechQueueOptions {
  /** Absent where the browser has no speech (or in tests): lines are then only shown. */
  synth?: SynthLike;
  makeUtterance?: (text: string) => UtteranceLike;
  now?: () => number;
  /** A line still waiting after this long is dropped: the moment it was about has passed. */
  maxWaitMs?: number;
  /** A line "speaking" longer than this is taken as finished (some engines never fire onend). */
  maxSpeakMs?: number;
}

export interface SpeechQueue {
  /** Speaks now, or after the current line; a newer waiting line replaces an older one. */
  say(text: string): void;
  setMuted(muted: boolean): void;
  readonly muted: boolean;
  /** The latest line, spoken or not: the page shows it, so muted or speechless still coaches. */
  readonly lastLine: string | undefined;
  /** Stops speaking and forgets what waits (leaving the page). */
  stop(): void;
}

/**
 * One line at a time, never a pile-up: at most one line waits behind the one being spoken, and
 * it is dropped when it has waited too long.
 */
export function createSpeechQueue(options: SpeechQueueOptions = {}): SpeechQueue {
  const { synth, makeUtterance, now = () => Date.now() } = options;
  const maxWaitMs = options.maxWaitMs ?? 3000;
  const maxSpeakMs = options.maxSpeakMs ?? 8000;
  let muted = false;
  let lastLine: string | undefined;
  let speakingSince: number | null = null;
  let current: UtteranceLike | null = null;
  let waiting: { text: string; at: number } | null = null;

  function speak(text: string) {
    if (!synth || !makeUtterance) return;
    const utterance = makeUtterance(text);
    const finished = () => {
      if (current !== utterance) return;
      current = null;
      speakingSince = null;
      speakWaiting();
    };
    utterance.onend = finished;
    utterance.onerror = finished;
    current = utterance;
    speakingSince = now();
    synth.speak(utterance);
  }

  function speakWaiting() {
    const next = waiting;
    waiting = null;
    if (next && !muted && now() - next.at <= maxWaitMs) speak(next.text);
  }

  function busy(): boolean {
    if (speakingSince === null) return false;
    if (now() - speakingSince <= maxSpeakMs) return true;
    // Stuck: let the engine go and carry on.
    synth?.cancel();
    current = null;
    speakingSince = null;
    return false;
  }

  return {
    say(text) {
      lastLine = text;
      if (muted || !synth) return;
      if (busy()) waiting = { text, at: now() };
      else speak(text);
    },
    setMuted(next) {
      muted = next;
      if (muted) this.stop();
    },
    get muted() {
      return muted;
    },
    get lastLine() {
      return lastLine;
    },
    stop() {
      waiting = null;
      current = null;
      speakingSince = null;
      synth?.cancel();
    },
  };
}

/** The voice and pace to speak in, read at each line so a change applies to the next one. */
export interface VoiceChoice {
  /** A voiceURI from speechSynthesis.getVoices(); null for the default voice. */
  voice: string | null;
  rate: number;
}

/** The browser's speech, when it has one. */
export function browserSpeech(
  choice?: () => VoiceChoice,
): Pick<SpeechQueueOptions, 'synth' | 'makeUtterance'> {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') {
    return {};
  }
  const synth = speechSynthesis;
  // The queue only sets onend/onerror and reads text; the real utterance has those and more.
  return {
    synth: {
      speak: (utterance) => synth.speak(utterance as unknown as SpeechSynthesisUtterance),
      cancel: () => synth.cancel(),
    },
    makeUtterance: (text) => {
      const utterance = new SpeechSynthesisUtterance(text);
      const chosen = choice?.();
      if (chosen) {
        utterance.rate = chosen.rate;
        const voice = synth.getVoices().find((v) => v.voiceURI === chosen.voice);
        if (voice) utterance.voice = voice;
      }
      return utterance as unknown as UtteranceLike;
    },
  };
}
