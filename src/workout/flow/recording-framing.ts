import type { FramingProblem, FramingVerdict } from './framing-check';

/**
 * A recording cannot be asked to move, so instead of the framing guide it gets a verdict: what its
 * first seconds show against what the exercise needs, and what that means for the judging. Said
 * once, at the start of the recording.
 */
export const RECORDING_FRAMING_MESSAGES: Record<FramingProblem, string> = {
  nobody: 'Nobody is in the picture at the start: nothing is judged until someone is',
  'one-person-only': 'More than one person is in the picture: the coach follows the largest',
  'feet-out': 'The feet are out of the picture: the checks that need them cannot judge',
  'head-out': 'The head is out of the picture: the checks that need it cannot judge',
  'body-out': 'Part of the body is out of the picture: the checks that need it cannot judge',
  'off-centre':
    'The body runs off one side of the picture: the checks that need those parts cannot judge',
  'turn-side-on':
    'The recording is filmed from the front and this exercise is judged side-on: some checks cannot judge',
  'face-the-camera':
    'The recording is filmed from the side and this exercise is judged from the front: some checks cannot judge',
  'more-light': 'The recording is dark: tracking may come and go, and the count with it',
};

export const recordingFramingOk = (exerciseName: string) =>
  `The recording shows what ${exerciseName} needs: every check can judge`;

export interface RecordingFramingVerdict {
  problem: FramingProblem | null;
  message: string;
}

/** How much of the recording's start is looked at before the verdict (its own media time). */
export const RECORDING_FRAMING_MS = 1500;

/**
 * Collects the framing verdicts of a recording's first `RECORDING_FRAMING_MS` and gives the one
 * most of its frames share (a single odd frame does not decide), once; afterwards it has nothing
 * more to say until reset for another recording or exercise.
 */
export function createRecordingFraming(windowMs: number = RECORDING_FRAMING_MS) {
  let firstMs: number | null = null;
  let counts = new Map<FramingProblem | null, number>();
  let done = false;

  return {
    /** True while the verdict is still being gathered. */
    get pending(): boolean {
      return !done;
    },
    /**
     * One frame's verdict at media time `t`; the overall verdict once the window is over (that
     * frame included), undefined before and after.
     */
    update(
      verdict: FramingVerdict,
      t: number,
      exerciseName: string,
    ): RecordingFramingVerdict | undefined {
      if (done) return undefined;
      firstMs ??= t;
      counts.set(verdict.problem, (counts.get(verdict.problem) ?? 0) + 1);
      if (t - firstMs < windowMs) return undefined;
      done = true;
      let problem: FramingProblem | null = null;
      let most = 0;
      for (const [candidate, count] of counts) {
        if (count > most) [problem, most] = [candidate, count];
      }
      return {
        problem,
        message: problem ? RECORDING_FRAMING_MESSAGES[problem] : recordingFramingOk(exerciseName),
      };
    },
    reset(): void {
      firstMs = null;
      counts = new Map();
      done = false;
    },
  };
}
