import { describe, expect, it } from 'vitest';
import {
  createHoldTimer,
  type HoldTimerEvent,
  type HoldTimerOptions,
} from '../../../../src/form/timing/hold-timer';

const options = { enterMs: 500, exitMs: 400 };

/**
 * Feeds a 30 fps stream where `inPosition(t)` says whether each frame is in position (null: the
 * person was not seen in it).
 */
function run(
  inPosition: (t: number) => boolean | null,
  untilMs: number,
  timerOptions: HoldTimerOptions = options,
) {
  const timer = createHoldTimer(timerOptions);
  const events: HoldTimerEvent[] = [];
  for (let t = 0; t <= untilMs; t += 1000 / 30) {
    const event = timer.update(inPosition(t), t);
    if (event) events.push(event);
  }
  return { timer, events };
}

describe('hold timer', () => {
  it('counts the whole time in position, including the entry wait', () => {
    const { timer, events } = run((t) => t >= 1000 && t < 4000, 5000);
    expect(timer.seconds).toBeCloseTo(3, 1);
    expect(events.map((e) => e.type)).toEqual(['started', 'paused']);
    expect(events[0]?.atMs).toBeCloseTo(1000, -2);
  });

  it('does not start for a position held shorter than the entry time', () => {
    const { timer, events } = run((t) => t >= 1000 && t < 1300, 3000);
    expect(timer.seconds).toBe(0);
    expect(events).toEqual([]);
  });

  it('does not stop for one noisy frame, and counts through it', () => {
    const noisyFrame = (t: number) => Math.abs(t - 2000) < 20;
    const { timer, events } = run((t) => t >= 1000 && t < 4000 && !noisyFrame(t), 5000);
    expect(events.map((e) => e.type)).toEqual(['started', 'paused']);
    expect(timer.seconds).toBeCloseTo(3, 1);
  });

  it('pauses when the person leaves and resumes, counting only time in position', () => {
    const { timer, events } = run((t) => (t >= 0 && t < 2000) || (t >= 3000 && t < 5000), 6000);
    expect(events.map((e) => e.type)).toEqual(['started', 'paused', 'started', 'paused']);
    expect(timer.seconds).toBeCloseTo(4, 1);
  });

  it('never counts a gap in the frames longer than the exit time', () => {
    const timer = createHoldTimer(options);
    for (let t = 0; t <= 1000; t += 100) timer.update(true, t);
    timer.update(true, 5000);
    timer.update(true, 5100);
    expect(timer.seconds).toBeCloseTo(1, 5);
    expect(timer.holding).toBe(false);
  });

  it('on an interruption pauses at the last frame and needs the entry time again', () => {
    const timer = createHoldTimer(options);
    for (let t = 0; t <= 2000; t += 100) timer.update(true, t);
    expect(timer.interrupt()).toEqual({ type: 'paused', atMs: 2000, seconds: 2 });
    // In position on both sides of the interruption: the 300 ms gap is not bridged, and the
    // clock restarts only once the position has lasted the entry time again.
    const events: (HoldTimerEvent | null)[] = [];
    for (let t = 2300; t <= 3000; t += 100) events.push(timer.update(true, t));
    expect(events.filter((e) => e !== null)).toEqual([{ type: 'started', atMs: 2300 }]);
    expect(events.findIndex((e) => e !== null)).toBe(5);
    expect(timer.seconds).toBeCloseTo(2.7, 5);
    expect(timer.interrupt()).not.toBeNull();
    expect(timer.interrupt()).toBeNull();
  });

  it('starts and counts through frames in which the person was not seen', () => {
    // Every fourth frame missed by the model: judged out of position, each would restart the
    // half-second entry, and the runs of three frames between them never reach it.
    const missed = (t: number) => Math.round(t / (1000 / 30)) % 4 === 3;
    const { timer, events } = run((t) => (t < 3000 ? (missed(t) ? null : true) : false), 4000);
    expect(events.map((e) => e.type)).toEqual(['started', 'paused']);
    expect(events[0]?.atMs).toBe(0);
    expect(timer.seconds).toBeCloseTo(3, 1);
  });

  it('starts the entry again after the person was unseen as long as the unseen time', () => {
    // In position 300 ms, unseen 400 ms (the exit time, as no unseen time is given), in position
    // 300 ms: two entries too short to start.
    const seen = (t: number) => (t < 300 || t >= 700 ? true : null);
    const { timer, events } = run((t) => (t < 1000 ? seen(t) : false), 2000);
    expect(events).toEqual([]);
    expect(timer.seconds).toBe(0);
  });

  it('bridges a person unseen for less than the unseen time, and counts it', () => {
    // Held, then unseen 800 ms (twice the exit time), then held again: one bout of 4 s.
    const withUnseen = { ...options, unseenMs: 1000 };
    const inPlank = (t: number) => (t < 4000 ? (t >= 1500 && t < 2300 ? null : true) : false);
    const { timer, events } = run(inPlank, 5000, withUnseen);
    expect(events.map((e) => e.type)).toEqual(['started', 'paused']);
    expect(timer.seconds).toBeCloseTo(4, 1);
  });

  it('pauses once unseen for the unseen time, or seen out of position for the exit time', () => {
    const withUnseen = { ...options, unseenMs: 1000 };
    // Held 2 s, then unseen for good: paused at the last frame in position, nothing added.
    const gone = run((t) => (t < 2000 ? true : null), 4000, withUnseen);
    expect(gone.events.map((e) => e.type)).toEqual(['started', 'paused']);
    expect(gone.events[1]?.atMs).toBeLessThan(2000);
    expect(gone.timer.seconds).toBeCloseTo(2, 1);
    expect(gone.timer.holding).toBe(false);
    // Seen out of position for a frame, then unseen 800 ms, then in position: the exit time
    // applies, so the hold paused and starts again after its entry time.
    const left = (t: number) => (t < 2000 ? true : t < 2040 ? false : t < 2800 ? null : true);
    const broken = run(left, 4000, withUnseen);
    expect(broken.events.map((e) => e.type)).toEqual(['started', 'paused', 'started']);
    expect(broken.timer.seconds).toBeCloseTo(3.2, 1);
  });

  it('resets', () => {
    const { timer } = run(() => true, 2000);
    timer.reset();
    expect(timer.seconds).toBe(0);
    expect(timer.holding).toBe(false);
  });
});
