/**
 * The "automatic" model setting: which pose model to run on this device. Candidates are timed on
 * the person's own camera, most accurate first; the first that keeps MIN_FPS is taken (the ones
 * after it are less accurate, so they are not timed), or the fastest when none does. The choice is
 * remembered per device and forgotten when the chosen model falls behind, so the next start
 * measures again. On a machine too busy for any candidate to answer in time there is nothing to
 * go by: the lightest model that loaded runs, unmeasured. That fallback is kept for the page only
 * (never per device), until the model it runs shows the machine has caught up.
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

/**
 * Lightest first, for the busy-machine fallback: inference median 104 / 139 / 342 / 405 ms
 * (Lightning, Lite, Full, Thunder) in the README's backend table, same run, load 14-25.
 */
const LIGHTEST_FIRST: readonly ModelVariantId[] = [
  'movenet-lightning',
  'lite',
  'full',
  'movenet-thunder',
];

export interface CandidateTiming {
  id: ModelVariantId;
  /** Frames analysed per second during the timing, or 0 when the model failed to load or run. */
  fps: number;
  /** The model loaded (false: it failed to, and was not timed). */
  loaded: boolean;
  /**
   * Frames it answered while timed, however late; not the first answer, which may be to a frame
   * sent to the candidate before.
   */
  answered: number;
}

export interface BackendChoice {
  id: ModelVariantId;
  /** Why, in words for the status line. */
  reason: string;
  /** Its frames a second when timed; 0 when chosen without a measurement. */
  fps: number;
  /** False for the busy-machine fallback: no candidate answered in time, nothing was measured. */
  measured: boolean;
  /** ISO time of the measurement (or of the fallback). */
  measuredAt: string;
}

const fpsText = (t: CandidateTiming) => `${variantById(t.id).label} ${t.fps.toFixed(1)} fps`;

/** Whether timing can stop after this candidate: it keeps up, so it is the most accurate that does. */
export function keepsUp(timing: CandidateTiming): boolean {
  return timing.fps >= MIN_FPS;
}

/** The candidate most worth running unmeasured: the lightest that answered, else that loaded. */
function busyFallback(timings: readonly CandidateTiming[]): CandidateTiming | undefined {
  const lightest = (ok: (t: CandidateTiming) => boolean) =>
    LIGHTEST_FIRST.map((id) => timings.find((t) => t.id === id && ok(t))).find(Boolean);
  return lightest((t) => t.answered > 0) ?? lightest((t) => t.loaded);
}

/**
 * Picks from the timings (in AUTO_CANDIDATES order); undefined when every candidate failed to
 * load.
 */
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
      measured: true,
      measuredAt,
      reason: `${fpsText(first)}, the most accurate that keeps ${MIN_FPS} fps${why}`,
    };
  }
  const ran = timings.filter((t) => t.fps > 0);
  if (ran.length > 0) {
    const fastest = ran.reduce((a, b) => (b.fps > a.fps ? b : a));
    return {
      id: fastest.id,
      fps: fastest.fps,
      measured: true,
      measuredAt,
      reason: `none keeps ${MIN_FPS} fps (${timings.map(fpsText).join(', ')}); the fastest`,
    };
  }
  const fallback = busyFallback(timings);
  if (!fallback) return undefined;
  return {
    id: fallback.id,
    fps: 0,
    measured: false,
    measuredAt,
    reason: `machine busy: chose ${variantById(fallback.id).label} without a measurement (no model answered in time)`,
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
    // Choices stored before the busy-machine fallback existed were all measured.
    return { ...parsed, measured: parsed.measured ?? true } as BackendChoice;
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

/** True once a condition has held for BEHIND_FOR_MS without a break. */
class Sustained {
  private since: number | undefined;

  update(holds: boolean, nowMs: number): boolean {
    if (!holds) {
      this.since = undefined;
      return false;
    }
    this.since ??= nowMs;
    return nowMs - this.since >= BEHIND_FOR_MS;
  }
}

export class BehindWatch {
  private readonly slow = new Sustained();

  constructor(private readonly choice: Pick<BackendChoice, 'fps'>) {}

  /** Feeds the current fps; true once it has been too low for BEHIND_FOR_MS. */
  update(fps: number, nowMs: number): boolean {
    const floor = 0.8 * Math.min(MIN_FPS, this.choice.fps);
    return this.slow.update(fps > 0 && fps < floor, nowMs);
  }
}

/**
 * Watches the model run by the busy-machine fallback: keeping 80% of MIN_FPS (the rate under
 * which a measured choice counts as behind) for BEHIND_FOR_MS means the machine has caught up,
 * and the candidates are worth timing again.
 */
export class CatchUpWatch {
  private readonly fast = new Sustained();

  /** Feeds the current fps; true once it has been high enough for BEHIND_FOR_MS. */
  update(fps: number, nowMs: number): boolean {
    return this.fast.update(fps >= 0.8 * MIN_FPS, nowMs);
  }
}
