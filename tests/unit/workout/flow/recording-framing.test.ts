import { describe, expect, it } from 'vitest';
import type { FramingProblem } from '../../../../src/workout/flow/framing-check';
import { FRAMING_MESSAGES } from '../../../../src/workout/flow/framing-check';
import {
  RECORDING_FRAMING_MESSAGES,
  createRecordingFraming,
} from '../../../../src/workout/flow/recording-framing';

const verdict = (problem: FramingProblem | null) => ({
  problem,
  message: FRAMING_MESSAGES[problem ?? 'ok'],
});

describe('a recording’s framing verdict', () => {
  it('waits for the window, then gives what most frames show, once', () => {
    const check = createRecordingFraming(1000);
    expect(check.update(verdict('feet-out'), 0, 'Plank')).toBeUndefined();
    expect(check.update(verdict(null), 400, 'Plank')).toBeUndefined();
    expect(check.update(verdict('feet-out'), 800, 'Plank')).toBeUndefined();
    expect(check.update(verdict('feet-out'), 1000, 'Plank')).toEqual({
      problem: 'feet-out',
      message: 'The feet are out of the picture: the checks that need them cannot judge',
    });
    expect(check.pending).toBe(false);
    // Said once: later frames have nothing more to say.
    expect(check.update(verdict('head-out'), 3000, 'Plank')).toBeUndefined();
  });

  it('says every check can judge when the recording shows what is needed', () => {
    const check = createRecordingFraming(500);
    check.update(verdict(null), 0, 'Forearm plank');
    check.update(verdict('more-light'), 250, 'Forearm plank');
    expect(check.update(verdict(null), 500, 'Forearm plank')?.message).toBe(
      'The recording shows what Forearm plank needs: every check can judge',
    );
  });

  it('starts again for another recording', () => {
    const check = createRecordingFraming(500);
    check.update(verdict('nobody'), 0, 'Plank');
    check.update(verdict('nobody'), 600, 'Plank');
    check.reset();
    expect(check.pending).toBe(true);
    check.update(verdict('turn-side-on'), 10_000, 'Plank');
    expect(check.update(verdict('turn-side-on'), 10_500, 'Plank')?.problem).toBe('turn-side-on');
  });

  it('has words for every problem the guide knows: what is wrong, then what it means', () => {
    for (const problem of Object.keys(FRAMING_MESSAGES).filter((p) => p !== 'ok')) {
      expect(RECORDING_FRAMING_MESSAGES[problem as FramingProblem], problem).toMatch(/\w: \w/);
    }
  });
});
