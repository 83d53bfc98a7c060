import { describe, expect, it } from 'vitest';
import { createSeenFar } from '../../../../src/form/body/seen-far';
import { createFormEngine } from '../../../../src/form/engine';
import type { EngineEvent } from '../../../../src/form/types';
import type { PoseFrame } from '../../../../src/pose/landmarks';
import { exerciseSpec } from '../helpers/content';
import { standingSide, straightForearmPlank } from '../helpers/figures';
import { frameOf, sideViewFrame, type Figure } from '../helpers/synthetic-pose';

const FRAME_MS = 100;

/** The plank scaled about the picture's middle: 1 as drawn, 0.25 as if four times further away. */
function plankAt(scale: number, timestampMs: number): PoseFrame {
  return scaled(straightForearmPlank, scale, timestampMs);
}

/** A figure scaled about the picture's middle, as if 1 / `scale` times as far away. */
function scaled(figure: Figure, scale: number, timestampMs: number): PoseFrame {
  const frame = sideViewFrame(figure, { timestampMs });
  const pose = frame.poses[0]!;
  const landmarks = pose.landmarks.map((l) => ({
    ...l,
    x: 0.5 + (l.x - 0.5) * scale,
    y: 0.5 + (l.y - 0.5) * scale,
  }));
  return { ...frame, poses: [{ ...pose, landmarks }] };
}

/** Seen at `scale` for 2 s, then nobody for 4 s (the model lost them). */
function seenThenLost(scale: number): PoseFrame[] {
  const frames: PoseFrame[] = [];
  for (let t = 0; t <= 6000; t += FRAME_MS) {
    frames.push(t <= 2000 ? plankAt(scale, t) : frameOf([], { timestampMs: t }));
  }
  return frames;
}

function span(frame: PoseFrame): number {
  const xs = frame.poses[0]!.landmarks.map((l) => l.x);
  const ys = frame.poses[0]!.landmarks.map((l) => l.y);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

describe('seen far', () => {
  it('remembers a person last seen too small to track, and nothing before anyone is seen', () => {
    expect(span(plankAt(1, 0))).toBeGreaterThan(0.5);
    expect(span(plankAt(0.25, 0))).toBeLessThan(0.2);
    const far = createSeenFar();
    expect(far.lastSeenFar()).toBe(false);
    for (const frame of seenThenLost(0.25)) far.update(frame);
    expect(far.lastSeenFar()).toBe(true);
    const near = createSeenFar();
    for (const frame of seenThenLost(1)) near.update(frame);
    expect(near.lastSeenFar()).toBe(false);
  });

  it('goes by the last second seen: a person who came closer is no longer far', () => {
    const seen = createSeenFar();
    for (let t = 0; t <= 3000; t += FRAME_MS) seen.update(plankAt(t < 1500 ? 0.25 : 1, t));
    expect(seen.lastSeenFar()).toBe(false);
    seen.reset();
    expect(seen.lastSeenFar()).toBe(false);
  });
});

describe('the engine says why it lost the person', () => {
  const guidanceSaid = (frames: PoseFrame[]) => {
    const engine = createFormEngine(exerciseSpec('plank'));
    return frames
      .flatMap((f) => engine.update(f).events)
      .filter((e): e is Extract<EngineEvent, { type: 'guidance' }> => e.type === 'guidance')
      .map((e) => e.guidance);
  };

  it('asks a person lost while small in the picture to come closer', () => {
    expect(guidanceSaid(seenThenLost(0.25))).toContain('come-closer');
  });

  it('asks a person lost at a normal size to come into the frame', () => {
    const said = guidanceSaid(seenThenLost(1));
    expect(said).toContain('come-into-frame');
    expect(said).not.toContain('come-closer');
  });

  it('asks a person seen small, with nothing counting, to come closer; a small hold just counts', () => {
    const seen = (figure: Figure, scale: number) => {
      const frames: PoseFrame[] = [];
      for (let t = 0; t <= 6000; t += FRAME_MS) frames.push(scaled(figure, scale, t));
      return frames;
    };
    // Standing, not yet in the plank: small, "come closer"; at a normal size, "get into position".
    expect(guidanceSaid(seen(standingSide, 0.2))).toContain('come-closer');
    const near = guidanceSaid(seen(standingSide, 1));
    expect(near).toContain('not-in-position');
    expect(near).not.toContain('come-closer');
    // Holding the plank while small: the hold counts, so nothing blocks it and nothing is said.
    const engine = createFormEngine(exerciseSpec('plank'));
    const states = seen(straightForearmPlank, 0.25).map((f) => engine.update(f));
    expect(states.at(-1)!.holdSeconds).toBeGreaterThan(3);
    expect(states.flatMap((s) => s.events).some((e) => e.type === 'guidance')).toBe(false);
  });
});
