import { LANDMARK } from '../../pose/landmarks';
import { distance } from '../geometry/distance';
import { midpoint } from '../geometry/midpoint';
import type { BodyFrame, Point } from '../types';

/**
 * Fastest a trunk really travels across the picture, in body sizes (the longer of torso length and
 * shoulder width) per second. Exercise movements stay below it: the fastest in the footage, a man
 * dropping from kneeling upright onto all fours and back in a bird-dog session, reach about 1.8
 * after smoothing; reps and holds stay under 1. The camera cuts in the footage move the trunk by
 * 0.23 to 0.7 body sizes from one frame (100 ms) to the next.
 */
const MAX_TRUNK_SPEED = 2;

/**
 * Largest growth (or shrinking) of the body's size in the picture in JUMP_WINDOW_MS. 1.4 in 100 ms
 * means coming 30% nearer the camera in a tenth of a second (0.7 m from 2.5 m away); only a cut to
 * a closer shot or another person does that. Leaning towards the camera foreshortens the torso by
 * at most about 1.25 that fast in the footage.
 */
const MAX_SIZE_GROWTH = 1.4;

/**
 * The jump is measured over about this long, not frame by frame: the pose smoother spreads a jump
 * over a few frames at high frame rates, and over 100 ms it has passed nearly all of it. It is also
 * the least time the speed limit is applied to, so that landmark noise between two frames close
 * together is not taken for speed.
 */
const JUMP_WINDOW_MS = 100;

/**
 * A jump counts once the body is still away from where it was this long after it; one that comes
 * back sooner is a glitch of the pose model (a skeleton misplaced for a frame or two, which the
 * smoother smears over about 200 ms), and the hold and rep hysteresis already ride that out.
 */
const CONFIRM_MS = 200;

/**
 * Least body size (frame heights) the jumps are measured against. The pose model's landmarks
 * jitter by about the same distance in the picture whatever the body's size, so a trunk seen small
 * or foreshortened (lying face down filmed head-on: shoulder width 0.13-0.16, torso 0.03-0.07 frame
 * heights) jitters by a large share of its own size and a jump measured against it would be a cut
 * every second (11 false cuts in the mirrored head-on reverse fly, where the model also swaps
 * between two skeletons on one body). Measured range: 0.2 to 0.4 keep every evaluation clip and
 * the mirrored reverse fly's reps; 0.17 and below lose the reverse fly, 0.6 misses a shot cut in
 * the three-shot bridge tutorial. What it costs: a cut or zoom between two shots in which the
 * trunk stays under this size must move it by a larger share of its size to be seen.
 */
const MIN_TRUNK_SIZE = 0.3;

/** Frame timing jitter tolerated in the times above. */
const TIMING_SLACK_MS = 20;

/**
 * A body lost for longer than this is not compared with where it was: by then the person is out of
 * position long enough for the hold to pause and a rep to be dropped anyway.
 */
const MEMORY_MS = 1000;

interface TrunkSample {
  timestampMs: number;
  /** Shoulders and hips, left then right, in frame-height units. */
  points: Point[];
  /** The longer of torso length and shoulder width, at least MIN_TRUNK_SIZE. */
  size: number;
}

const TRUNK = [LANDMARK.leftShoulder, LANDMARK.rightShoulder, LANDMARK.leftHip, LANDMARK.rightHip];
/** The trunk points matched as they are, and with left and right swapped. */
const SAME_SIDES = [0, 1, 2, 3] as const;
const SWAPPED_SIDES = [1, 0, 3, 2] as const;

function trunkSample(body: BodyFrame): TrunkSample | null {
  const points = TRUNK.map((index) => body.points[index]);
  if (points.some((p) => p === undefined)) return null;
  const [ls, rs, lh, rh] = points as [Point, Point, Point, Point];
  const size = Math.max(
    distance(midpoint(ls, rs), midpoint(lh, rh)),
    distance(ls, rs),
    MIN_TRUNK_SIZE,
  );
  return { timestampMs: body.timestampMs, points: [ls, rs, lh, rh], size };
}

/**
 * True when the trunk moved or changed size faster than a body can between the two samples, as if
 * `elapsedMs` (by default the time between them) had passed.
 */
function isJump(
  from: TrunkSample,
  to: TrunkSample,
  elapsedMs = to.timestampMs - from.timestampMs,
): boolean {
  const bigger = Math.max(from.size, to.size);
  const smaller = Math.min(from.size, to.size);
  if (!(smaller > 0)) return false;
  const windows = Math.max(elapsedMs, JUMP_WINDOW_MS) / JUMP_WINDOW_MS;
  const meanShift = (order: readonly number[]) =>
    from.points.reduce((sum, p, i) => sum + distance(p, to.points[order[i]!] ?? p), 0) /
    from.points.length /
    bigger;
  // The pose model sometimes swaps the person's left and right when it cannot tell front from back
  // (lying face down filmed head-on, a person seen from behind): the trunk has not moved.
  const shift = Math.min(meanShift(SAME_SIDES), meanShift(SWAPPED_SIDES));
  const maxShift = (MAX_TRUNK_SPEED * JUMP_WINDOW_MS * windows) / 1000;
  const maxGrowth = Math.pow(MAX_SIZE_GROWTH, windows);
  return shift > maxShift || bigger / smaller > maxGrowth;
}

/** A jump not yet confirmed: where the body was before it, over what time, and the samples since. */
interface PendingJump {
  before: TrunkSample;
  elapsedMs: number;
  after: TrunkSample[];
}

export interface TrackingDiscontinuity {
  /**
   * Feed the body of every frame (null when nobody is seen), in time order; true (once) when the
   * body seen now cannot be the one seen a moment ago moving: a camera cut, tracking switched to
   * another person, or lost and found elsewhere. Said CONFIRM_MS after the jump, once the body
   * has stayed where it jumped to.
   */
  update(body: BodyFrame | null): boolean;
  reset(): void;
}

/**
 * Watches the trunk (shoulders and hips) of the person being judged (the BodyFrame the checker
 * sees) for jumps no body can make. Limbs are left out: an arm swing or a kick is fast, but the
 * trunk it hangs from is not.
 */
export function createTrackingDiscontinuity(): TrackingDiscontinuity {
  // Trunk samples of the last MEMORY_MS, oldest first, since the last discontinuity.
  let recent: TrunkSample[] = [];
  let pending: PendingJump | null = null;

  function reset() {
    recent = [];
    pending = null;
  }

  /** Once CONFIRM_MS have passed: is the body still away from where it was before the jump? */
  function settle(jump: PendingJump, now: TrunkSample): boolean {
    const stayed = isJump(jump.before, now, jump.elapsedMs);
    // After a jump only the new observation counts (the smoother's tail is not a second jump);
    // after a glitch, what was seen before it.
    recent = stayed ? [...jump.after, now] : [...recent, now];
    pending = null;
    return stayed;
  }

  return {
    update(body) {
      const now = body && trunkSample(body);
      if (!now) return false;
      const last = pending?.after.at(-1) ?? recent.at(-1);
      if (last && now.timestampMs < last.timestampMs) reset();
      if (pending) {
        const jumpedAt = pending.after[0]?.timestampMs ?? now.timestampMs;
        if (now.timestampMs - jumpedAt >= CONFIRM_MS - TIMING_SLACK_MS) return settle(pending, now);
        pending.after.push(now);
        return false;
      }
      recent = recent.filter((s) => now.timestampMs - s.timestampMs <= MEMORY_MS);
      // The oldest sample within the window, or, after a gap, the last one seen.
      const reference =
        recent.find((s) => now.timestampMs - s.timestampMs <= JUMP_WINDOW_MS + TIMING_SLACK_MS) ??
        recent.at(-1);
      if (reference && isJump(reference, now)) {
        pending = {
          before: reference,
          elapsedMs: now.timestampMs - reference.timestampMs,
          after: [now],
        };
      } else {
        recent.push(now);
      }
      return false;
    },
    reset,
  };
}
