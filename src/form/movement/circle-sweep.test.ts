import { describe, expect, it } from 'vitest';
import { CircleSweep, type CircleDirection } from './circle-sweep';

const OPTIONS = { centreWindowMs: 3000, minRadius: 0.1 };

/** Samples at 10 per second of a point moving through the given angles (degrees, + clockwise). */
function run(anglesDeg: number[], { radius = 0.3, centre = { x: 1, y: 0.5 }, noise = 0 } = {}) {
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
    const state = sweep.push(i * 100, p, 1);
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
});
