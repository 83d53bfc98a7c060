import { describe, expect, it } from 'vitest';
import { formVerdict, GOOD_FORM_MIN_SCORE, verdictMatches } from '../../eval/form-verdict';

const frames = (score: number | null, faultIds: string[], n: number) =>
  Array.from({ length: n }, () => ({ score, faultIds }));

describe('form verdict', () => {
  it('is good when scores are high and no fault persists', () => {
    const result = formVerdict([...frames(90, [], 8), ...frames(80, ['hips-sagging'], 2)]);
    expect(result.verdict).toBe('good');
    expect(result.meanScore).toBe(88);
    expect(result.dominantFault).toEqual({ id: 'hips-sagging', share: 0.2 });
  });

  it('is bad when the mean score is low', () => {
    expect(formVerdict(frames(GOOD_FORM_MIN_SCORE - 1, [], 5)).verdict).toBe('bad');
  });

  it('is bad when one fault lasts through half the judged frames, whatever the score', () => {
    expect(formVerdict([...frames(85, ['hips-too-high'], 5), ...frames(95, [], 5)]).verdict).toBe(
      'bad',
    );
  });

  it('ignores frames the engine did not judge, and says none when it judged nothing', () => {
    expect(formVerdict([...frames(null, ['x'], 10), ...frames(90, [], 1)]).verdict).toBe('good');
    expect(formVerdict(frames(null, [], 3))).toEqual({
      verdict: 'none',
      meanScore: null,
      judgedFrames: 0,
    });
  });

  it('matches labels: borderline accepts either, unlabelled is not judged', () => {
    expect(verdictMatches('good', 'good')).toBe(true);
    expect(verdictMatches('bad', 'good')).toBe(false);
    expect(verdictMatches('good', 'none')).toBe(false);
    expect(verdictMatches('borderline', 'bad')).toBe(true);
    expect(verdictMatches(undefined, 'bad')).toBeUndefined();
  });
});
