import type { EngineEvent } from '../../form/types';

/**
 * The exercise's breathing text split into what to say when: the breath for the way out of the
 * start position (to the far end of a rep: the lift, the turn, the fold, or the lowering of a pike
 * push-up), for the way back to it, and for a held position.
 */
export interface BreathingLines {
  out?: string;
  back?: string;
  hold?: string;
}

/** Words that name the way back to the start, wherever they stand in the text. */
const RETURN_WORDS =
  /\b(return|returns|release|relax|come back|comes back|back to|back up|again)\b/i;
/**
 * The start position itself (standing or sitting tall, in the middle, hanging): the breath taken
 * there is the one for coming back to it when the text names no other.
 */
const START_WORDS = /\b(tall|in the middle|hang)\b/i;
const HOLD_WORDS = /\b(hold|evenly|steadily|calmly|normally|slowly|rhythmically)\b/i;

function sentence(clause: string): string {
  const text = clause.trim().replace(/[.,]$/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Reads the content's breathing text ("Breathe out as you lift; breathe in as you lower."). The
 * text names the movements in the order they are done, as the steps do: the first movement is the
 * way out, whatever its direction ("breathe in as you lower toward the floor; breathe out as you
 * press back up": the pike push-up's effort is on the way back up). Words for a return ("come
 * back", "release", "again") always name the way back.
 */
export function breathingLines(text: string): BreathingLines {
  const parts = text
    .split(/[;.]|,\s*then\s+/i)
    .map((c) => c.trim())
    .filter((c) => /\bbreath/i.test(c));
  const lines: BreathingLines = {};
  let start: string | undefined;
  let never: string | undefined;
  for (const part of parts) {
    if (/\bas (you|the|an?|they|your|it)\b/i.test(part)) {
      if (RETURN_WORDS.test(part)) lines.back ??= sentence(part);
      else if (START_WORDS.test(part)) start ??= sentence(part);
      else if (!lines.out) lines.out = sentence(part);
      else lines.back ??= sentence(part);
    } else if (/\bnever hold\b/i.test(part)) never = sentence(part);
    else if (HOLD_WORDS.test(part)) lines.hold ??= sentence(part);
  }
  // "Breathe in as you sit tall; breathe out as you fold forward": back up is back to the start.
  if (!lines.back && start) lines.back = start;
  // Without a line for the hold, the text itself is the reminder (child's pose breathes in and
  // out in the held position).
  if (!lines.hold && !lines.out && !lines.back) lines.hold = never ?? sentence(parts.join('; '));
  else if (!lines.hold && never) lines.hold = never;
  return lines;
}

export interface BreathingPromptOptions {
  /** At least this long between two breathing prompts (they must not crowd out cues). */
  minGapMs: number;
  /** During a long hold, the hold's line is repeated this often. */
  holdEveryMs: number;
}

export const DEFAULT_BREATHING: BreathingPromptOptions = { minGapMs: 2500, holdEveryMs: 20_000 };

/**
 * Breathing prompts that follow the movement, from the engine's events: the way-back breath once
 * the top of a rep is reached, the way-out breath for the next rep once one is done, and the
 * hold's breath when a hold starts and every `holdEveryMs` while it lasts. Nothing when a form cue
 * is due in the same frame: fixing the form comes first.
 */
export function createBreathingPrompts(
  lines: BreathingLines,
  options: BreathingPromptOptions = DEFAULT_BREATHING,
) {
  let lastSaidMs = -Infinity;
  let holdingSinceMs: number | null = null;
  let lastHoldLineMs = -Infinity;

  function say(line: string | undefined, t: number): string | undefined {
    if (!line || t - lastSaidMs < options.minGapMs) return undefined;
    lastSaidMs = t;
    return line;
  }

  return {
    /** The set begins: the first breath to take. */
    start(mode: 'hold' | 'reps', t: number): string | undefined {
      return say(mode === 'hold' ? (lines.hold ?? lines.out) : lines.out, t);
    },
    update(events: readonly EngineEvent[], mode: 'hold' | 'reps', t: number): string | undefined {
      if (events.some((e) => e.type === 'cue' || e.type === 'guidance')) return undefined;
      let line: string | undefined;
      for (const event of events) {
        if (event.type === 'hold-started') {
          holdingSinceMs = t;
          lastHoldLineMs = t;
          line = mode === 'reps' ? lines.back : (lines.hold ?? line);
        } else if (event.type === 'hold-paused' || event.type === 'hold-ended') {
          holdingSinceMs = null;
        } else if (event.type === 'rep-completed') {
          line = lines.out;
        }
      }
      if (
        !line &&
        mode === 'hold' &&
        holdingSinceMs !== null &&
        t - lastHoldLineMs >= options.holdEveryMs
      ) {
        lastHoldLineMs = t;
        line = lines.hold;
      }
      return say(line, t);
    },
    reset(): void {
      lastSaidMs = -Infinity;
      holdingSinceMs = null;
      lastHoldLineMs = -Infinity;
    },
  };
}

export type BreathingPrompts = ReturnType<typeof createBreathingPrompts>;
