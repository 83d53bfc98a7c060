import { describe, expect, it } from 'vitest';
import { CLOSED_WITHIN_DEG, CircleSweep, type CircleDirection } from './circle-sweep';

const OPTIONS = { centreWindowMs: 3000, minRadius: 0.1 };

/** Samples at `fps` of a point moving through the given angles (degrees, + clockwise). */
function run(
  anglesDeg: number[],
  { radius = 0.3, centre = { x: 1, y: 0.5 }, noise = 0, fps = 10 } = {},
) {
  const sweep = new CircleSweep(OPTIONS);
  const completed: CircleDirection[] = [];
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 2;
  anglesDeg.forEach((deg, i) => {
    const rad = (deg * Math.PI) / 180;
    const p = {
      x: centre.x + radius * Math.cos(rad) + noise * random(),
      y: centre.y + radius * Math.sin(rad) + noise * random(),
    };
    const state = sweep.push((i * 1000) / fps, p, 1);
    if (state.completed) completed.push(state.completed);
  });
  return completed;
}

/** Angles of `turns` circles at `stepDeg` a sample (negative for counter-clockwise). */
const circles = (turns: number, stepDeg: number, fromDeg = 0) =>
  Array.from(
    { length: Math.round((turns * 360) / Math.abs(stepDeg)) + 1 },
    (_, i) => fromDeg + i * stepDeg,
  );

describe('CircleSweep', () => {
  it('counts circles in each direction', () => {
    const clockwise = circles(3, 12);
    const back = circles(2, -12, clockwise.at(-1));
    expect(run([...clockwise, ...back.slice(1)])).toEqual([
      'clockwise',
      'clockwise',
      'clockwise',
      'counter-clockwise',
      'counter-clockwise',
    ]);
  });

  it('does not count a half circle or an arc rocked back and forth', () => {
    expect(run(circles(0.9, 12))).toEqual([]);
    const rock = [...circles(1 / 3, 10), ...circles(1 / 3, -10, 120)];
    expect(run([...rock, ...rock, ...rock, ...rock])).toEqual([]);
  });

  it('ignores trembling around a still point', () => {
    expect(run(circles(4, 12), { radius: 0.02 })).toEqual([]);
  });

  it('counts through noise and wherever the circle is drawn', () => {
    expect(run(circles(2, 15), { noise: 0.05, centre: { x: 3, y: 2 } })).toEqual([
      'clockwise',
      'clockwise',
    ]);
  });

  it('counts the same circles at 10 and at 30 frames a second', () => {
    // 3 s a circle either way: 12 degrees a sample at 10 fps, 4 at 30.
    expect(run(circles(3.1, 12), { fps: 10 })).toHaveLength(3);
    expect(run(circles(3.1, 4), { fps: 30 })).toHaveLength(3);
    expect(run(circles(2.1, -4), { fps: 30, noise: 0.03 })).toEqual([
      'counter-clockwise',
      'counter-clockwise',
    ]);
  });

  it('counts a small circle as long as it clears the tremor radius', () => {
    expect(run(circles(2.05, 12), { radius: 0.15, noise: 0.01 })).toHaveLength(2);
    expect(run(circles(2.05, 12), { radius: 0.05 })).toEqual([]);
  });

  it('counts one circle drawn from rest and back to rest, a little short of closing', () => {
    // Still at the centre, out to the circle, round 345 degrees, back in to the centre, still.
    const sweep = new CircleSweep(OPTIONS);
    const centre = { x: 1, y: 0.5 };
    const at = (deg: number, r: number) => ({
      x: centre.x + r * Math.cos((deg * Math.PI) / 180),
      y: centre.y + r * Math.sin((deg * Math.PI) / 180),
    });
    const path = [
      ...Array.from({ length: 10 }, () => at(0, 0)),
      ...Array.from({ length: 5 }, (_, i) => at(0, (0.3 * (i + 1)) / 5)),
      ...Array.from({ length: 24 }, (_, i) => at(((i + 1) * 345) / 24, 0.3)),
      ...Array.from({ length: 5 }, (_, i) => at(345, 0.3 * (1 - (i + 1) / 5))),
      ...Array.from({ length: 10 }, () => at(0, 0)),
    ];
    const completed = path.flatMap((p, i) => sweep.push(i * 100, p, 1).completed ?? []);
    expect(completed).toEqual(['clockwise']);
  });

  it('never counts more circles than turns made, however long they go on', () => {
    // Each circle counted a little early is owed by the next one.
    expect(run(circles(11.9, 12))).toHaveLength(11);
    expect(run(circles(12, 12))).toHaveLength(12);
    expect(run(circles(11.9, -4), { fps: 30 })).toHaveLength(11);
  });

  it('does not count an arc turned back short of a circle by more than the tolerance', () => {
    const arc = 360 - CLOSED_WITHIN_DEG - 12;
    expect(run([...circles(arc / 360, 12), ...circles(arc / 360, -12, arc).slice(1)])).toEqual([]);
  });
});
