/**
 * The "automatic" model setting: which pose model to run on this device. Candidates are timed on
 * the person's own camera, most accurate first; the first that keeps MIN_FPS is taken (the ones
 * after it are less accurate, so they are not timed), or the fastest when none does. The choice is
 * remembered per device and forgotten when the chosen model falls behind, so the next start
 * measures again.
 */
import { variantById, type ModelVariantId } from './model-variants';

/** Below this many analysed frames a second, reps and short holds start to be missed. */
export const MIN_FPS = 15;

/**
 * Most accurate first. MediaPipe Full before MoveNet Thunder: it has the heels, the feet and depth
 * that several checks need (eval tables in the README compare the landmarks clip by clip); heavy is
 * left out, 4-7 times slower than full for about 1% of the frame in precision.
 */
export const AUTO_CANDIDATES: readonly ModelVariantId[] = [
  'full',
  'movenet-thunder',
  'lite',
  'movenet-lightning',
];

export interface CandidateTiming {
  id: ModelVariantId;
  /** Frames analysed per second during the timing, or 0 when the model failed to load or run. */
  fps: number;
}

export interface BackendChoice {
  id: ModelVariantId;
  /** Why, in words for the status line. */
  reason: string;
  fps: number;
  /** ISO time of the measurement. */
  measuredAt: string;
}

const fpsText = (t: CandidateTiming) => `${variantById(t.id).label} ${t.fps.toFixed(1)} fps`;

/** Whether timing can stop after this candidate: it keeps up, so it is the most accurate that does. */
export function keepsUp(timing: CandidateTiming): boolean {
  return timing.fps >= MIN_FPS;
}

/** Picks from the timings (in AUTO_CANDIDATES order); undefined when every candidate failed. */
export function chooseBackend(
  timings: readonly CandidateTiming[],
  now: Date = new Date(),
): BackendChoice | undefined {
  const measuredAt = now.toISOString();
  const first = timings.find(keepsUp);
  if (first) {
    const slower = timings.slice(0, timings.indexOf(first));
    const why = slower.length ? ` (${slower.map(fpsText).join(', ')}: too slow)` : '';
    return {
      id: first.id,
      fps: first.fps,
      measuredAt,
      reason: `${fpsText(first)}, the most accurate that keeps ${MIN_FPS} fps${why}`,
    };
  }
  const ran = timings.filter((t) => t.fps > 0);
  if (ran.length === 0) return undefined;
  const fastest = ran.reduce((a, b) => (b.fps > a.fps ? b : a));
  return {
    id: fastest.id,
    fps: fastest.fps,
    measuredAt,
    reason: `none keeps ${MIN_FPS} fps (${timings.map(fpsText).join(', ')}); the fastest`,
  };
}

const STORAGE_KEY = 'spine-coach:auto-pose-model';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function rememberedChoice(store: Store): BackendChoice | undefined {
  try {
    const raw = store.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<BackendChoice>;
    if (!AUTO_CANDIDATES.includes(parsed.id as ModelVariantId)) return undefined;
    if (typeof parsed.reason !== 'string' || typeof parsed.fps !== 'number') return undefined;
    return parsed as BackendChoice;
  } catch {
    return undefined; // Damaged or refused storage: measure again.
  }
}

export function rememberChoice(store: Store, choice: BackendChoice): void {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // Storage refused (private mode, full): the choice holds for this page only.
  }
}

export function forgetChoice(store: Store): void {
  try {
    store.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored to forget.
  }
}

/**
 * Watches the frame rate of the chosen model: falling under 80% of MIN_FPS for this long (when
 * the choice was made at MIN_FPS or more) or under 80% of the measured rate (when nothing kept
 * MIN_FPS) counts as falling behind.
 */
export const BEHIND_FOR_MS = 10_000;

export class BehindWatch {
  private slowSince: number | undefined;

  constructor(private readonly choice: Pick<BackendChoice, 'fps'>) {}

  /** Feeds the current fps; true once it has been too low for BEHIND_FOR_MS. */
  update(fps: number, nowMs: number): boolean {
    const floor = 0.8 * Math.min(MIN_FPS, this.choice.fps);
    if (fps <= 0 || fps >= floor) {
      this.slowSince = undefined;
      return false;
    }
    this.slowSince ??= nowMs;
    return nowMs - this.slowSince >= BEHIND_FOR_MS;
  }
}
