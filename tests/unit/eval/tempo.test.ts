import { describe, expect, it } from 'vitest';
import { labelAtTempo, framesAtTempo } from '../../eval/tempo';
import type { PoseFrame } from '../../../src/pose/landmarks';

const frame = (timestampMs: number): PoseFrame => ({
  timestampMs,
  width: 640,
  height: 480,
  poses: [],
});

describe('tempo', () => {
  it('replays the same frames in less time for a faster person, more for a slower one', () => {
    const frames = [frame(0), frame(100), frame(300)];
    expect(framesAtTempo(frames, 2).map((f) => f.timestampMs)).toEqual([0, 50, 150]);
    expect(framesAtTempo(frames, 0.5).map((f) => f.timestampMs)).toEqual([0, 200, 600]);
  });

  it('scales every labelled time alike and leaves counts and verdicts', () => {
    const label = labelAtTempo(
      {
        file: 'clips/x.mp4',
        exercise: 'glute-bridge',
        reps: 2,
        holds: [[2, 4]],
        repTops: [[1, 2]],
        views: [[0, 6, 'side']],
        catPeaks: [3],
        leftPeaks: [5],
        form: 'good',
      },
      0.5,
    );
    expect(label).toMatchObject({
      reps: 2,
      holds: [[4, 8]],
      repTops: [[2, 4]],
      views: [[0, 12, 'side']],
      catPeaks: [6],
      leftPeaks: [10],
      form: 'good',
    });
  });
});
