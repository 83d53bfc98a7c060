import type { FramingProblem, FramingVerdict } from './framing-check';

export interface FramingGuideOptions {
  /** The set-up must be right this long, without a break, before the guide moves on. */
  steadyMs: number;
  /** A new problem must last this long before its message replaces the shown one (no flicker). */
  messageAfterMs: number;
}

export const DEFAULT_FRAMING_GUIDE: FramingGuideOptions = { steadyMs: 1500, messageAfterMs: 400 };

export interface FramingGuideState {
  /** 'adjust': something to fix; 'steady': right, counting towards ready; 'ready': done. */
  status: 'adjust' | 'steady' | 'ready';
  problem: FramingProblem | null;
  message: string;
  /** How far towards ready, 0-1 (the guide's ring fills as the person holds still). */
  progress: number;
}

/**
 * Turns per-frame framing verdicts into what the guide shows: a message that does not flicker
 * with one odd frame, and "ready" once the set-up has been right for `steadyMs`. Ready stays
 * ready: the flow moves on and the exercise's own guidance takes over.
 */
export function createFramingGuide(options: FramingGuideOptions = DEFAULT_FRAMING_GUIDE) {
  let okSinceMs: number | null = null;
  let shown: FramingVerdict | null = null;
  let candidate: { verdict: FramingVerdict; sinceMs: number } | null = null;
  let ready = false;

  function settleMessage(verdict: FramingVerdict, t: number): FramingVerdict {
    if (shown === null || verdict.problem === shown.problem) {
      shown = verdict;
      candidate = null;
      return shown;
    }
    if (candidate?.verdict.problem !== verdict.problem) candidate = { verdict, sinceMs: t };
    if (t - candidate.sinceMs >= options.messageAfterMs) {
      shown = verdict;
      candidate = null;
    }
    return shown;
  }

  return {
    update(verdict: FramingVerdict, t: number): FramingGuideState {
      if (ready) return { status: 'ready', problem: null, message: verdict.message, progress: 1 };
      if (verdict.problem === null) okSinceMs ??= t;
      else okSinceMs = null;
      const steadyFor = okSinceMs === null ? 0 : t - okSinceMs;
      ready = okSinceMs !== null && steadyFor >= options.steadyMs;
      const message = settleMessage(verdict, t);
      const progress = Math.min(1, steadyFor / options.steadyMs);
      if (ready) return { status: 'ready', problem: null, message: verdict.message, progress };
      if (okSinceMs !== null)
        return { status: 'steady', problem: null, message: verdict.message, progress };
      return { status: 'adjust', problem: message.problem, message: message.message, progress: 0 };
    },
    reset(): void {
      okSinceMs = null;
      shown = null;
      candidate = null;
      ready = false;
    },
  };
}

export type FramingGuide = ReturnType<typeof createFramingGuide>;
