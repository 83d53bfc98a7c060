import { describe, expect, it } from 'vitest';
import { clipLabelSchema } from '../../eval/labels';
import { compareReps, labelledReps, repsOutside } from '../../eval/rep-metrics';

const label = (fields: object) =>
  clipLabelSchema.parse({ file: 'clips/x.mp4', exercise: 'x', ...fields });

describe('labelled reps', () => {
  it('takes the labelled count, else the number of labelled rep tops', () => {
    expect(labelledReps(label({ reps: 5, repTops: [[1, 2]] }))?.total).toBe(5);
    expect(
      labelledReps(
        label({
          repTops: [
            [1, 2],
            [3, 4],
          ],
        }),
      )?.total,
    ).toBe(2);
    expect(labelledReps(label({ holds: [[1, 2]] }))).toBeUndefined();
  });

  it('counts sides from the peaks', () => {
    expect(
      labelledReps(label({ reps: 7, leftPeaks: [1, 5, 9, 13], rightPeaks: [3, 7, 11] })),
    ).toEqual({
      total: 7,
      bySide: { left: 4, right: 3 },
    });
  });

  it("turns image directions into the person's sides when they face the camera", () => {
    const peaks = { leftPeaks: [1, 5, 9, 13], rightPeaks: [3, 7, 11] };
    expect(labelledReps(label({ view: 'front', ...peaks }))?.bySide).toEqual({
      left: 3,
      right: 4,
    });
    expect(labelledReps(label({ view: 'back', ...peaks }))?.bySide).toEqual({
      left: 4,
      right: 3,
    });
  });
});

describe('rep comparison', () => {
  it('is exact only when the total and each labelled side match', () => {
    const sides = { total: 4, bySide: { left: 2, right: 2 } };
    expect(compareReps(sides, 4, { left: 2, right: 2 }).exact).toBe(true);
    expect(compareReps(sides, 4, { left: 3, right: 1 }).exact).toBe(false);
    expect(compareReps({ total: 3 }, 2, { left: 0, right: 0 }).exact).toBe(false);
    expect(compareReps({ total: 3 }, 3, { left: 0, right: 0 }).exact).toBe(true);
  });

  it('flags reps whose whole span lies outside the labelled activity', () => {
    const events = [
      { atMs: 4000, durationMs: 2000 }, // 2-4 s: over the labelled top
      { atMs: 12_000, durationMs: 1500 }, // 10.5-12 s: nothing labelled there
    ];
    expect(repsOutside(events, [[3, 5]], 0.5)).toEqual([events[1]]);
  });
});
