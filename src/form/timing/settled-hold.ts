/**
 * When a position counts as held, judged as a physiotherapist watches it: from the moment the
 * position is reached and the body has settled, until the person starts to leave it. Both edges
 * come from the movement itself (the speed of the exercise's key measure), not from a band of
 * values around the position, so a hold that drifts slowly keeps counting while folding into the
 * position or coming out of it does not.
 *
 * - Speed: the key measure is averaged over a short box (tracker jitter and tremor cancel out),
 *   and its rate of change is taken across the neighbouring frames.
 * - Still: the noise floor is learnt from the person's own still moments (a low quantile of the
 *   speeds seen while in position), so a jittery camera or a shaky person raises it.
 * - Moving: speed above a multiple of that floor, sustained for a while (a twitch is not a move).
 *   The whole run of moving frames is taken out of the hold, so the end of a hold is back-dated to
 *   where the speed began rising, and its start waits until the approach has slowed to a stop.
 *
 * Deciding that needs a little of the future: each frame is decided `lagMs` after it was seen.
 */

export interface SettleOptions {
  /** The key measure is averaged over this box, centred on each frame. */
  smoothMs: number;
  /** A run of moving frames at least this long is a movement (shorter is a twitch). */
  sustainMs: number;
  /** Still moments are learnt over this much recent time in position. */
  floorWindowMs: number;
  /** The noise floor: this quantile of the speeds seen in position. */
  floorQuantile: number;
  /** Moving: faster than this many times the noise floor. */
  movingFactor: number;
}

export const DEFAULT_SETTLE_OPTIONS: SettleOptions = {
  smoothMs: 200,
  sustainMs: 200,
  floorWindowMs: 20_000,
  floorQuantile: 0.2,
  movingFactor: 5,
};

/**
 * One frame's verdict: counts toward the hold or not; null when the person was not seen in it (no
 * verdict either way: a missed detection is no sign of having left the position).
 */
export interface SettledFrame {
  t: number;
  held: boolean | null;
}

export interface SettledHold {
  /**
   * Feeds one frame: `candidate` says the checker sees the held position (or a rep's top),
   * `inPosition` that the person is in the exercise at all (their still moments teach the noise
   * floor), `key` the key measure (undefined when nothing is measured). Returns the frames decided
   * now, oldest first.
   */
  push(t: number, candidate: boolean, inPosition: boolean, key?: readonly number[]): SettledFrame[];
  /**
   * Feeds a frame in which the person could not be judged (nobody found, a part the checker needs
   * out of sight, two people). Returns the frames decided now, oldest first.
   */
  unseen(t: number): SettledFrame[];
  /** Decides every frame still waiting as if nothing followed (the set ends, or the picture cuts). */
  flush(): SettledFrame[];
  /** What flush() would return, leaving every frame waiting. */
  preview(): SettledFrame[];
  /** The time of the newest decided frame: the hold is known up to here. */
  readonly decidedToMs: number | null;
  reset(): void;
}

interface Entry {
  t: number;
  seen: boolean;
  candidate: boolean;
  inPosition: boolean;
  key: readonly number[] | undefined;
  smooth?: number[] | null;
  speed?: number | null;
}

/**
 * Speeds are taken across frames the model missed for at most this long: with a fifth of the
 * frames missed, a speed taken only between adjacent frames was unknown on a third of them, and
 * folding out of a position went unseen.
 */
const MAX_SPEED_GAP_MS = 500;

/** Frame spacings the frame rate is the median of. */
const SPACINGS_KEPT = 9;

function distance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  a.forEach((v, i) => (sum += (v - b[i]!) ** 2));
  return Math.sqrt(sum / Math.max(1, a.length));
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * `clearlyMovingPerS`: a speed of the key measure that is movement whatever the floor says (in the
 * key's own unit a second). Until the person has been still in view, the floor is learnt from
 * movement alone and would call folding into the position "still".
 */
export function createSettledHold(
  clearlyMovingPerS: number,
  options: SettleOptions = DEFAULT_SETTLE_OPTIONS,
): SettledHold {
  // The spacing of the last frames. The options' times suit 10 frames a second and more; a slower
  // machine delivers fewer, and a "movement" of two frames is the tracker's jitter: at 3 frames a
  // second, a settled child's pose read as moving every other second. So a movement spans at least
  // two frame intervals. (Widening the average as well made 5 frames a second worse: with less
  // jitter the noise floor falls, and a bridge's slow drift at the top reads as leaving it.)
  let spacings: number[] = [];
  const frameMs = () => (spacings.length === 0 ? 0 : quantile(spacings, 0.5));
  const half = options.smoothMs / 2;
  const sustainMs = () => Math.max(options.sustainMs, 2 * frameMs());
  // Undecided frames, plus enough decided ones before them to average and take speeds across.
  let entries: Entry[] = [];
  const at = (i: number) => entries[i]!;
  let firstUndecided = 0;
  // Speeds seen in position, with their times, for the noise floor.
  let stillSpeeds: { t: number; speed: number }[] = [];

  const sameShape = (a: Entry, b: Entry) =>
    a.key !== undefined && b.key !== undefined && a.key.length === b.key.length;

  function smoothAt(i: number): number[] | null {
    const centre = at(i);
    if (!centre.key) return null;
    const sum = centre.key.map(() => 0);
    let count = 0;
    for (const e of entries) {
      if (Math.abs(e.t - centre.t) > half || !sameShape(e, centre)) continue;
      e.key!.forEach((v, k) => (sum[k]! += v));
      count++;
    }
    return sum.map((v) => v / count);
  }

  function noiseFloor(): number | null {
    if (stillSpeeds.length < 5) return null;
    return quantile(
      stillSpeeds.map((s) => s.speed),
      options.floorQuantile,
    );
  }

  function threshold(floor: number | null): number {
    return Math.min(clearlyMovingPerS, floor === null ? Infinity : options.movingFactor * floor);
  }

  function isMoving(e: Entry, floor: number | null): boolean {
    return e.speed != null && e.speed > threshold(floor);
  }

  /**
   * The nearest frame before (`step` -1) or after (+1) frame i with a measured average, across
   * frames with nothing measured (the person missed by the model) up to `MAX_SPEED_GAP_MS` away:
   * null if there is none, undefined if it may still come.
   */
  function measuredNeighbour(i: number, step: -1 | 1, now: number): Entry | null | undefined {
    const from = at(i).t;
    for (let j = i + step; j >= 0 && j < entries.length; j += step) {
      const n = at(j);
      if (Math.abs(n.t - from) > MAX_SPEED_GAP_MS) return null;
      if (n.smooth !== null) return n.smooth === undefined ? undefined : n;
    }
    return step > 0 && now - from <= MAX_SPEED_GAP_MS ? undefined : null;
  }

  /** Fills in what the frames seen so far allow: averages, then speeds (which need neighbours). */
  function measure(now: number) {
    for (let i = 0; i < entries.length; i++) {
      const e = at(i);
      // Nothing measured: nothing to wait for, this frame is never moving.
      if (!e.key) e.smooth = e.speed = null;
      else if (e.smooth === undefined && now - e.t >= half) e.smooth = smoothAt(i);
    }
    for (let i = 0; i < entries.length; i++) {
      const e = at(i);
      if (e.speed !== undefined) continue;
      const before = measuredNeighbour(i, -1, now);
      const after = measuredNeighbour(i, 1, now);
      if (after === undefined || before === undefined) continue;
      // Nothing measured on one side (the very first frame, a long gap): no speed.
      e.speed =
        before && after && e.smooth && after.t > before.t
          ? (distance(after.smooth!, before.smooth!) / (after.t - before.t)) * 1000
          : null;
      if (e.inPosition && e.speed !== null) {
        stillSpeeds.push({ t: e.t, speed: e.speed });
      }
    }
    stillSpeeds = stillSpeeds.filter((s) => now - s.t <= options.floorWindowMs);
  }

  /**
   * Whether frame i lies in a movement (known up to index `known`): a run of moving frames that
   * lasts and gets somewhere. A tremor is fast but goes nowhere: its run starts and ends at about
   * the same value.
   */
  function inMovement(i: number, known: number, floor: number | null): boolean {
    if (!isMoving(at(i), floor)) return false;
    // Frames with nothing measured (the person missed by the model) neither end a run nor join it.
    const measured = (j: number) => at(j).key !== undefined;
    let start = i;
    let before = -1;
    for (let j = i - 1; j >= 0; j--) {
      if (!measured(j)) continue;
      if (!isMoving(at(j), floor)) {
        before = j;
        break;
      }
      start = j;
    }
    let end = i;
    let stillGoing = true;
    for (let j = i + 1; j <= known; j++) {
      if (!measured(j)) continue;
      if (!isMoving(at(j), floor)) {
        stillGoing = false;
        break;
      }
      end = j;
    }
    const from = at(before >= 0 ? before : start).smooth;
    const to = at(end).smooth;
    const travelled = from && to ? distance(from, to) : Infinity;
    if (travelled < (threshold(floor) * sustainMs()) / 1000) return false;
    // A run still going at the newest measured frame may be the start of a movement: not held.
    return stillGoing || at(end).t - at(start).t >= sustainMs();
  }

  function decide(upTo: number, force: boolean): SettledFrame[] {
    const floor = noiseFloor();
    let known = firstUndecided - 1;
    while (known + 1 < entries.length && at(known + 1).speed !== undefined) known++;
    const decided: SettledFrame[] = [];
    while (firstUndecided < entries.length) {
      const e = at(firstUndecided);
      const lookAhead = known >= 0 ? at(known).t - e.t : -1;
      const waiting = e.key !== undefined && lookAhead < sustainMs();
      if (!force && (firstUndecided > known || waiting)) break;
      const moving = firstUndecided <= known && inMovement(firstUndecided, known, floor);
      decided.push({ t: e.t, held: e.seen ? e.candidate && !moving : null });
      firstUndecided++;
    }
    // Keep the decided frames the averages and runs still look back over.
    const keepFrom = entries.findIndex(
      (e, i) => i >= firstUndecided || upTo - e.t <= options.smoothMs + sustainMs() * 2,
    );
    if (keepFrom > 0) {
      entries = entries.slice(keepFrom);
      firstUndecided -= keepFrom;
    }
    return decided;
  }

  function add(entry: Entry): SettledFrame[] {
    const last = entries.at(-1);
    if (last && entry.t > last.t) spacings = [...spacings, entry.t - last.t].slice(-SPACINGS_KEPT);
    entries.push(entry);
    measure(entry.t);
    return decide(entry.t, false);
  }

  return {
    push(t, candidate, inPosition, key) {
      return add({ t, seen: true, candidate, inPosition, key });
    },
    unseen(t) {
      return add({ t, seen: false, candidate: false, inPosition: false, key: undefined });
    },
    flush() {
      const last = entries.at(-1);
      return last ? decide(last.t, true) : [];
    },
    preview() {
      const saved = { entries, firstUndecided };
      const frames = this.flush();
      ({ entries, firstUndecided } = saved);
      return frames;
    },
    get decidedToMs() {
      return firstUndecided > 0 ? at(firstUndecided - 1).t : null;
    },
    reset() {
      entries = [];
      firstUndecided = 0;
      stillSpeeds = [];
      spacings = [];
    },
  };
}
