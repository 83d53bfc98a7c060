/**
 * The position holds on recorded footage, through the real engine (smoothing, guidance, timing) as
 * the app runs them: hold time against the labels, and nothing timed outside the labelled holds.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFormEngine } from '../../../../src/form/engine';
import type { FormExerciseSpec } from '../../../../src/form/exercise-spec';
import { framesAtRate } from '../../../eval/frames-at-rate';
import { traceEngine } from '../../../eval/engine-trace';
import { clipFixtureSkipReason, loadClipFixture } from '../../../fixtures/load-fixture';

function specOf(exercise: string): FormExerciseSpec {
  const path = resolve(import.meta.dirname, '../../../../content/exercises', `${exercise}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as FormExerciseSpec;
}

/** Seconds the hold clock ran outside the labelled holds (each widened by the labels' 0.3 s). */
function heldOutside(samples: { timestampMs: number; holdSeconds: number }[], holds: number[][]) {
  let outside = 0;
  for (let i = 1; i < samples.length; i++) {
    const gained = samples[i]!.holdSeconds - samples[i - 1]!.holdSeconds;
    const t = samples[i]!.timestampMs / 1000;
    if (gained > 0 && !holds.some(([a, b]) => t >= a! - 0.3 && t <= b! + 0.3)) outside += gained;
  }
  return outside;
}

const CLIPS: {
  clip: string;
  /** Where the person is in the position, when the labels leave gaps that are only camera cuts. */
  inPosition?: number[][];
  why?: string;
}[] = [
  { clip: 'childs-pose-phone' },
  { clip: 'childs-pose-studio' },
  { clip: 'reverse-table-small' },
  { clip: 'knees-to-chest-table' },
  {
    clip: 'cobra-three-angles',
    inPosition: [[5, 23]],
    why: 'three camera angles of one press-up: the gaps between the labelled holds are the cuts, and the frames at 8.5 s and 16 s show her still pressed up',
  },
];

describe.each(CLIPS)('$clip through the engine', ({ clip, inPosition, why }) => {
  const skip = clipFixtureSkipReason(clip);
  it.skipIf(skip !== undefined)(
    `times the labelled hold within 1 s ${skip ?? ''}${why ? `(${why})` : ''}`,
    () => {
      const { frames, label } = loadClipFixture(clip);
      const trace = traceEngine(frames, createFormEngine(specOf(label.exercise)));
      const labelled = label.holds!.reduce((sum, [a, b]) => sum + b - a, 0);
      const held = trace.samples.at(-1)!.holdSeconds;
      if (!inPosition) expect(Math.abs(held - labelled)).toBeLessThanOrEqual(1);
      else expect(held).toBeGreaterThanOrEqual(labelled - 1);
      // At most a second past a labelled edge (knees-to-chest: the hug still held at 37.6 s, in the
      // picture, though the label ends at 37.0 s); nothing in title cards, cuts or set-up.
      expect(heldOutside(trace.samples, inPosition ?? label.holds!)).toBeLessThanOrEqual(1);
    },
  );
});

describe('holds on a slow machine', () => {
  const CLIP = 'childs-pose-phone';
  const skip = clipFixtureSkipReason(CLIP);
  it.skipIf(skip !== undefined)(
    `times ${CLIP}'s hold within 1 s when only every third frame is judged (3.3 a second) ${skip ?? ''}`,
    () => {
      const { frames, label } = loadClipFixture(CLIP);
      // Before a movement had to span two frame intervals, the tracker's jitter across two frames
      // read as leaving the pose, and 6.6 of 10.4 s were timed.
      const trace = traceEngine(
        framesAtRate(frames, 10 / 3),
        createFormEngine(specOf(label.exercise)),
      );
      const [[start, end]] = label.holds as [[number, number]];
      expect(Math.abs(trace.samples.at(-1)!.holdSeconds - (end - start))).toBeLessThanOrEqual(1);
    },
  );
});
