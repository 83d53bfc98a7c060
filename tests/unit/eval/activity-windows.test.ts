import { describe, expect, it } from 'vitest';
import { activityWindows } from '../../eval/activity-windows';
import { clipLabelSchema } from '../../eval/labels';

const label = (fields: object) =>
  clipLabelSchema.parse({ file: 'clips/x.mp4', exercise: 'x', ...fields });

describe('activity windows', () => {
  it('joins holds, single-knee holds and rep tops', () => {
    expect(
      activityWindows(
        label({
          holds: [[31, 37]],
          singleKneeHolds: [
            [9, 15],
            [22, 28],
          ],
        }),
      ),
    ).toEqual([
      [9, 15],
      [22, 28],
      [31, 37],
    ]);
  });

  it('spans peaks with half a cycle of margin on each side', () => {
    // Peaks every 3.5 s: the movement runs from 3.5 s before the first to 3.5 s after the last.
    expect(activityWindows(label({ catPeaks: [5, 12], cowPeaks: [8.5] }))).toEqual([[1.5, 15.5]]);
  });

  it('is empty when the labels time nothing', () => {
    expect(activityWindows(label({ notes: 'too small to time' }))).toEqual([]);
  });
});
