import { describe, expect, it } from 'vitest';
import type { Point } from '../types';
import { createTrunkTravel } from './trunk-travel';

/** A trunk one unit long, hips at `hips`, the shoulders `lean` units to the side and up. */
function trunk(lean: number, hips: Point = { x: 1, y: 1 }, scale = 1) {
  const shoulders = { x: hips.x + lean * scale, y: hips.y - scale };
  const half = 0.1 * scale;
  return {
    shoulders: [
      { x: shoulders.x - half, y: shoulders.y },
      { x: shoulders.x + half, y: shoulders.y },
    ] as [Point, Point],
    hips: [
      { x: hips.x - half, y: hips.y },
      { x: hips.x + half, y: hips.y },
    ] as [Point, Point],
  };
}

/** Feeds `leans` at 10 per second and returns what each sample reported. */
function run(
  leans: number[],
  { fromMs = 0, hipsAt = (_i: number) => ({ x: 1, y: 1 }), scale = 1 } = {},
) {
  const travel = createTrunkTravel(1000);
  return leans.map((lean, i) => {
    const t = trunk(lean, hipsAt(i), scale);
    return travel.update(fromMs + i * 100, t.shoulders, t.hips);
  });
}

describe('createTrunkTravel', () => {
  it('knows nothing until its samples cover the whole window', () => {
    const out = run(Array(12).fill(0));
    expect(out.slice(0, 10).every((v) => v === null)).toBe(true);
    expect(out[10]).toBe(0);
  });

  it('reports the largest distance from now over the last window, in trunk lengths', () => {
    // Still, then the shoulders move 0.2 trunk lengths sideways over half a second and stay.
    const leans = [...Array(11).fill(0), 0.04, 0.08, 0.12, 0.16, 0.2, ...Array(15).fill(0.2)];
    const out = run(leans);
    expect(out[15]).toBeCloseTo(0.2);
    // A second after the shoulders stopped, the move has left the window.
    expect(out[24]).toBeCloseTo(0.04);
    expect(out[25]).toBeCloseTo(0);
  });

  it('ignores the whole body drifting in the picture and the distance from the camera', () => {
    const drifting = run(Array(20).fill(0.1), { hipsAt: (i) => ({ x: 1 + 0.02 * i, y: 1 }) });
    expect(drifting[19]).toBeCloseTo(0);
    const far = run([...Array(11).fill(0), ...Array(10).fill(0.2)], { scale: 0.25 });
    const near = run([...Array(11).fill(0), ...Array(10).fill(0.2)], { scale: 1 });
    expect(far[15]).toBeCloseTo(near[15]!);
    expect(near[15]).toBeCloseTo(0.2);
  });

  it('claims nothing for a trunk it cannot measure, and is not poisoned by it', () => {
    const travel = createTrunkTravel(1000);
    const still = trunk(0);
    for (let ms = 0; ms <= 1000; ms += 100) travel.update(ms, still.shoulders, still.hips);
    const nowhere = { x: Number.NaN, y: Number.NaN };
    expect(travel.update(1100, [nowhere, nowhere], still.hips)).toBeNull();
    let last: number | null = null;
    for (let ms = 1200; ms <= 2300; ms += 100)
      last = travel.update(ms, still.shoulders, still.hips);
    expect(last).toBe(0);
  });

  it('starts again after a gap longer than the window or when time goes back', () => {
    const travel = createTrunkTravel(1000);
    const still = trunk(0);
    for (let ms = 0; ms <= 1000; ms += 100) travel.update(ms, still.shoulders, still.hips);
    const moved = trunk(0.5);
    expect(travel.update(3000, moved.shoulders, moved.hips)).toBeNull();
    expect(travel.update(500, moved.shoulders, moved.hips)).toBeNull();
  });
});
