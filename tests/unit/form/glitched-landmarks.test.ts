/**
 * The model is unsure of one body part now and then: its landmarks come with a low visibility for
 * a frame. What a checker follows over frames (a pike push-up's top, a child's pose's settling, a
 * hip circle's sweep) must survive that; it is forgotten only when the person has been away from
 * the position for the exercise's exit time (away-from-position.ts). Recorded clips with a fifth of
 * their frames glitched (a fixed seed), through the engine as the app runs it.
 */
import { describe, expect, it } from 'vitest';
import { clipFixtureSkipReason } from '../../fixtures/load-fixture';
import { framesWithLandmarksGlitched } from '../../eval/glitched-landmarks';
import { summaryOfAltered } from './helpers/fixtures';

const summaryWithGlitches = (clip: string, share: number, seed: number) =>
  summaryOfAltered(clip, (frames) => framesWithLandmarksGlitched(frames, share, seed));

// Each case failed while one glitched frame reset the checker: 2 of 3 push-ups, 0 of 1 circle,
// 22.7 of the 28.3 s the child's pose times unglitched.
describe('a fifth of the frames with one body part glitched', () => {
  const cases: [string, number][] = [
    ['pike-push-up-woman-white-studio-oblique', 4242],
    ['standing-hip-circles-runway', 7],
  ];
  for (const [clip, seed] of cases) {
    const skip = clipFixtureSkipReason(clip);
    it.skipIf(skip !== undefined)(`${clip}: counts every rep ${skip ?? ''}`, () => {
      const { summary, label } = summaryWithGlitches(clip, 0.2, seed);
      expect(summary.reps).toBe(label.reps);
    });
  }

  const CLIP = 'childs-pose-studio';
  const skip = clipFixtureSkipReason(CLIP);
  it.skipIf(skip !== undefined)(`${CLIP}: times the hold as unglitched ${skip ?? ''}`, () => {
    const clean = summaryWithGlitches(CLIP, 0, 7).summary.holdSeconds;
    const glitched = summaryWithGlitches(CLIP, 0.2, 7).summary.holdSeconds;
    expect(clean).toBeGreaterThan(20);
    expect(Math.abs(glitched - clean)).toBeLessThanOrEqual(0.5);
  });
});
