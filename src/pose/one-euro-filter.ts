/**
 * One Euro filter (Casiez, Roussel, Vogel, CHI 2012): a low-pass filter whose cutoff rises with
 * speed, so a still pose loses its jitter while a moving limb is followed with little lag.
 * Driven by timestamps, not by a frame rate, so it gives the same result live and on a recording.
 */

export interface OneEuroParams {
  /** Cutoff in Hz when the value is still: lower removes more jitter, adds more lag. */
  minCutoff: number;
  /** How fast the cutoff rises with speed (per unit of the value per second). */
  beta: number;
  /** Cutoff in Hz for the speed estimate itself. */
  dCutoff: number;
}

function smoothingFactor(cutoffHz: number, dtSeconds: number): number {
  const tau = 1 / (2 * Math.PI * cutoffHz);
  return 1 / (1 + tau / dtSeconds);
}

export class OneEuroFilter {
  private last: { timestampMs: number; value: number; speed: number } | undefined;

  constructor(private readonly params: OneEuroParams) {}

  /** The filtered value at `timestampMs`; a timestamp not after the last one repeats its output. */
  filter(value: number, timestampMs: number): number {
    const last = this.last;
    if (!last) {
      this.last = { timestampMs, value, speed: 0 };
      return value;
    }
    const dt = (timestampMs - last.timestampMs) / 1000;
    if (dt <= 0) return last.value;
    const rawSpeed = (value - last.value) / dt;
    const speed = last.speed + smoothingFactor(this.params.dCutoff, dt) * (rawSpeed - last.speed);
    const cutoff = this.params.minCutoff + this.params.beta * Math.abs(speed);
    const filtered = last.value + smoothingFactor(cutoff, dt) * (value - last.value);
    this.last = { timestampMs, value: filtered, speed };
    return filtered;
  }

  reset(): void {
    this.last = undefined;
  }
}
