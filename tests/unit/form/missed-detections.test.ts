/**
 * The model misses a person now and then (against a bright window, in poor light, far away): a
 * frame without a pose is no sign of having left the position. Recorded clips with a fifth of their
 * poses dropped at random (a fixed seed), through the engine as the app runs it.
 */
import { describe, expect, it } from 'vitest';
import { createFormEngine } from '../../../src/form/engine';
import { PoseSmoother } from '../../../src/pose/pose-smoother';
import { clipFixtureSkipReason, loadClipFixture } from '../../fixtures/load-fixture';
import { framesWithPosesMissed } from '../../eval/missed-poses';
import { exerciseSpec } from './helpers/content';

/** The clip's hold, engine and label, in seconds, with `share` of its poses missed. */
function holdWithMissed(clip: string, share: number) {
  const { frames, label } = loadClipFixture(clip);
  const engine = createFormEngine(exerciseSpec(label.exercise));
  const smoother = new PoseSmoother();
  for (const frame of framesWithPosesMissed(frames, share)) engine.update(smoother.smooth(frame));
  const labelled = (label.holds ?? []).reduce((sum, [a, b]) => sum + b - a, 0);
  return { timed: engine.summary().holdSeconds, labelled };
}

// A child's pose with a fifth of its frames missed timed 0 of 10.4 s: each missed frame restarted
// the hold's one-second entry, and the runs between misses are rarely that long.
const CLIPS = ['childs-pose-phone', 'plank-studio', 'side-plank-studio'];

describe('holds with a fifth of the poses missed', () => {
  for (const clip of CLIPS) {
    const skip = clipFixtureSkipReason(clip);
    it.skipIf(skip !== undefined)(`${clip}: timed within 1 s of its label ${skip ?? ''}`, () => {
      const { timed, labelled } = holdWithMissed(clip, 0.2);
      expect(labelled).toBeGreaterThan(2);
      expect(Math.abs(timed - labelled)).toBeLessThanOrEqual(1);
    });
  }
});
