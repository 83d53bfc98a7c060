/**
 * A spoken countdown in whole seconds: "3", "2", "1", then "Go". Each line is said once, as its
 * second begins; a frame or tick that comes late says only the latest number, never a pile-up.
 */
export interface CountdownTick {
  /** Whole seconds left, rounded up; 0 once over. */
  secondsLeft: number;
  /** What to say now, if anything. */
  say?: string;
  over: boolean;
}

export interface CountdownOptions {
  seconds: number;
  startMs: number;
  /** Which seconds are spoken (all by default); a long rest says only the last few. */
  spoken?: (secondsLeft: number) => boolean;
  /** Said when it is over, e.g. "Go". */
  finalLine?: string;
}

export function createCountdown(options: CountdownOptions) {
  const { seconds, startMs } = options;
  const spoken = options.spoken ?? (() => true);
  let lastSaid = Math.ceil(seconds) + 1;
  let finished = false;

  return {
    update(nowMs: number): CountdownTick {
      const left = Math.max(0, seconds - (nowMs - startMs) / 1000);
      const secondsLeft = Math.ceil(left - 1e-9);
      if (secondsLeft === 0) {
        const say = finished ? undefined : options.finalLine;
        finished = true;
        return { secondsLeft, over: true, ...(say ? { say } : {}) };
      }
      let say: string | undefined;
      if (secondsLeft < lastSaid) {
        lastSaid = secondsLeft;
        if (spoken(secondsLeft)) say = String(secondsLeft);
      }
      return { secondsLeft, over: false, ...(say ? { say } : {}) };
    },
  };
}

export type Countdown = ReturnType<typeof createCountdown>;

/** A rest says its last ten seconds at 10, then 3, 2, 1: enough to get back without a din. */
export const restSpoken = (secondsLeft: number) => secondsLeft === 10 || secondsLeft <= 3;
