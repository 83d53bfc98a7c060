import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { createFidgeting } from '../../../../src/form/movement/fidgeting';
import type { BodyFrame } from '../../../../src/form/types';
import { LANDMARK } from '../../../../src/pose/landmarks';
import { blend, straightForearmPlank, withJoint } from '../helpers/figures';
import { sideViewFrame, type Figure } from '../helpers/synthetic-pose';

const OPTIONS = { windowMs: 1000, toleranceDeg: 20, lastingMs: 1500 };
/** The forearm lifted off the floor: the elbow bends by about 50 degrees. */
const forearmLifted = withJoint(straightForearmPlank, 'wrist', [0.27, 0.6]);
/** A knee bent towards the floor: the knee bends by about 35 degrees, the hip by half that. */
const kneeDropped = withJoint(straightForearmPlank, 'knee', [0.65, 0.72]);

function body(figure: Figure, t: number, visibility?: Record<number, number>): BodyFrame {
  return buildBodyFrame(
    sideViewFrame(figure, { timestampMs: t, ...(visibility ? { visibility } : {}) }),
  )!;
}

/** Feeds `figureAt(t)` every 100 ms up to `untilMs`; the region reported at each frame. */
function run(
  figureAt: (t: number) => Figure,
  untilMs: number,
  visibility?: Record<number, number>,
) {
  const fidgeting = createFidgeting(OPTIONS);
  const out: { t: number; part: string | null }[] = [];
  for (let t = 0; t <= untilMs; t += 100) {
    out.push({ t, part: fidgeting.update(body(figureAt(t), t, visibility)) });
  }
  return out;
}

/** Back and forth between two figures, once every `periodMs`. */
const rocking = (a: Figure, b: Figure, periodMs: number) => (t: number) =>
  blend(a, b, (1 - Math.cos((2 * Math.PI * t) / periodMs)) / 2);

describe('fidgeting', () => {
  it('is not reported for a still hold that trembles a little (breathing, tracking jitter)', () => {
    // The knee wobbling 2 degrees or so either way, several times a second.
    const trembling = (t: number) =>
      withJoint(straightForearmPlank, 'knee', [0.65, 0.6325 + 0.004 * Math.sin(t / 70)]);
    expect(run(trembling, 6000).every((f) => f.part === null)).toBe(true);
  });

  it('names the arms when a forearm keeps lifting and lowering, once it has gone on 1.5 s', () => {
    const frames = run(rocking(straightForearmPlank, forearmLifted, 1200), 6000);
    const first = frames.find((f) => f.part !== null);
    expect(first?.part).toBe('arms');
    // Above the tolerance from ~0.3 s (a quarter of a swing), reported 1.5 s later.
    expect(first!.t).toBeGreaterThanOrEqual(1500);
    expect(first!.t).toBeLessThanOrEqual(2200);
    expect(frames.filter((f) => f.t >= 2500).every((f) => f.part === 'arms')).toBe(true);
  });

  it('names the legs for a knee that keeps bending', () => {
    const frames = run(rocking(straightForearmPlank, kneeDropped, 1500), 6000);
    expect(new Set(frames.map((f) => f.part)).has('legs')).toBe(true);
    expect(frames.some((f) => f.part === 'arms')).toBe(false);
  });

  it('does not report one shift that then stays put (settling a hand once, a camera cut)', () => {
    const oneShift = (t: number) => (t < 2000 ? straightForearmPlank : forearmLifted);
    expect(run(oneShift, 6000).every((f) => f.part === null)).toBe(true);
  });

  it('ignores joints it cannot see: their guessed places wander by themselves', () => {
    const hidden = {
      [LANDMARK.leftWrist]: 0.1,
      [LANDMARK.rightWrist]: 0.1,
    };
    const frames = run(rocking(straightForearmPlank, forearmLifted, 1200), 6000, hidden);
    expect(frames.every((f) => f.part === null)).toBe(true);
  });

  it('starts afresh after a reset', () => {
    const fidgeting = createFidgeting(OPTIONS);
    const figureAt = rocking(straightForearmPlank, forearmLifted, 1200);
    let t = 0;
    for (; t <= 3000; t += 100) fidgeting.update(body(figureAt(t), t));
    expect(fidgeting.update(body(figureAt(t), t))).toBe('arms');
    fidgeting.reset();
    t += 100;
    expect(fidgeting.update(body(figureAt(t), t))).toBeNull();
  });
});
