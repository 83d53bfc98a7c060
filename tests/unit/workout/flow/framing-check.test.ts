import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../../src/content/exercise-schema';
import type { PoseFrame } from '../../../../src/pose/landmarks';
import {
  MIN_LUMINANCE,
  checkFraming,
  framingNeeds,
  sameFraming,
  type FramingProblem,
} from '../../../../src/workout/flow/framing-check';
import { clipFixtureSkipReason, loadClipFixture } from '../../../fixtures/load-fixture';

const exercise = (id: string) =>
  JSON.parse(readFileSync(`content/exercises/${id}.json`, 'utf8')) as Exercise;
const plank = framingNeeds(exercise('plank'));
const sidePlank = framingNeeds(exercise('side-plank'));
const neckTurns = framingNeeds(exercise('neck-turns'));

function problems(frames: readonly PoseFrame[], needs = plank, luminance?: number) {
  const counts = new Map<FramingProblem | 'ok', number>();
  for (const frame of frames) {
    const problem = checkFraming(frame, needs, luminance).problem ?? 'ok';
    counts.set(problem, (counts.get(problem) ?? 0) + 1);
  }
  return counts;
}

/** A camera brought closer: every landmark moved away from (cx, cy) by `factor`. */
function zoom(frame: PoseFrame, factor: number, cx = 0.5, cy = 0.5): PoseFrame {
  return {
    ...frame,
    poses: frame.poses.map((pose) => ({
      ...pose,
      landmarks: pose.landmarks.map((l) => ({
        ...l,
        x: cx + (l.x - cx) * factor,
        y: cy + (l.y - cy) * factor,
      })),
    })),
  };
}

function shift(frame: PoseFrame, dx: number, dy = 0): PoseFrame {
  return {
    ...frame,
    poses: frame.poses.map((pose) => ({
      ...pose,
      landmarks: pose.landmarks.map((l) => ({ ...l, x: l.x + dx, y: l.y + dy })),
    })),
  };
}

describe('framing needs', () => {
  it('take the checker’s regions and the exercise’s view', () => {
    expect(plank.view).toBe('side');
    expect(plank.visible).toContain('ankles');
    expect(neckTurns.view).toBe('front');
    expect(neckTurns.visible).not.toContain('ankles');
  });
  it('tell when the camera must be moved between two exercises', () => {
    expect(sameFraming(plank, framingNeeds(exercise('high-plank')))).toBe(true);
    expect(sameFraming(plank, sidePlank)).toBe(false);
    expect(sameFraming(plank, neckTurns)).toBe(false);
  });
});

const STUDIO = 'plank-studio';
const studioSkip = clipFixtureSkipReason(STUDIO);
describe.skipIf(studioSkip !== undefined)(
  `a side-on plank filmed whole ${studioSkip ?? ''}`,
  () => {
    const { frames } = loadClipFixture(STUDIO);

    it('is right in every frame', () => {
      expect(problems(frames)).toEqual(new Map([['ok', frames.length]]));
    });

    it('asks to move back when the camera is twice as close', () => {
      const counts = problems(frames.map((f) => zoom(f, 2)));
      expect(counts.get('ok') ?? 0).toBe(0);
      const moveBack = (counts.get('feet-out') ?? 0) + (counts.get('body-out') ?? 0);
      expect(moveBack).toBe(frames.length);
    });

    it('asks for the feet when only the feet are cut off', () => {
      // Zoomed about the head: the head stays in, the far end of the body leaves the picture.
      const first = frames[0]!;
      const nose = first.poses[0]!.landmarks[0]!;
      const ankle = first.poses[0]!.landmarks[27]!;
      const verdict = checkFraming(zoom(first, 1.5, nose.x, nose.y), plank);
      expect(verdict.problem).toBe('feet-out');
      expect(verdict.message).toBe('Move back until your feet are in the picture');
      // The feet are the far end from the head: a sanity check on the clip.
      expect(Math.abs(ankle.x - nose.x)).toBeGreaterThan(0.3);
    });

    it('asks for the feet when the model places them, visible, at the picture’s edge', () => {
      // The model still calls feet visible where the legs run out of a close-up, placing them at
      // the edge; a body that reaches the edge is too close anyway.
      const first = frames[0]!;
      const feetAt = (x: number): PoseFrame => ({
        ...first,
        poses: first.poses.map((pose, p) => ({
          ...pose,
          landmarks: pose.landmarks.map((l, i) =>
            p === 0 && (i === 27 || i === 28) ? { ...l, x } : l,
          ),
        })),
      });
      expect(checkFraming(feetAt(0.01), plank).problem).toBe('feet-out');
      expect(checkFraming(feetAt(0.99), plank).problem).toBe('feet-out');
      // 10% inside the edge, the same feet are in the picture.
      expect(checkFraming(feetAt(0.1), plank).problem).toBeNull();
    });

    it('asks to move to the middle when the body fits but sits off to one side', () => {
      const first = frames[0]!;
      const xs = first.poses[0]!.landmarks.map((l) => l.x);
      const width = Math.max(...xs) - Math.min(...xs);
      expect(width).toBeLessThan(0.9);
      // Pushed left until both feet are beyond the edge.
      const verdict = checkFraming(shift(first, -0.2 - Math.min(...xs)), plank);
      expect(verdict.problem).toBe('off-centre');
    });

    it('asks for more light in a dark picture, and only then', () => {
      expect(problems(frames, plank, MIN_LUMINANCE - 0.02).get('more-light')).toBe(frames.length);
      expect(problems(frames, plank, MIN_LUMINANCE + 0.02).get('ok')).toBe(frames.length);
    });

    it('asks for one person when a second, as large, is in the picture', () => {
      const first = frames[0]!;
      const twice = { ...first, poses: [...first.poses, ...shift(first, 0.02, 0.02).poses] };
      expect(checkFraming(twice, plank).problem).toBe('one-person-only');
    });
  },
);

const WEBCAM = 'neck-turns-webcam';
const webcamSkip = clipFixtureSkipReason(WEBCAM);
describe.skipIf(webcamSkip !== undefined)(
  `head and shoulders at a webcam ${webcamSkip ?? ''}`,
  () => {
    const { frames } = loadClipFixture(WEBCAM);

    it('is right for a neck exercise', () => {
      // Two frames of the clip show a second face passing behind: the guide asks for one person.
      const counts = problems(frames, neckTurns);
      expect(counts.get('ok')).toBeGreaterThanOrEqual(frames.length - 2);
    });

    it('asks to turn side-on for a neck exercise filmed from the side', () => {
      const counts = problems(frames, framingNeeds(exercise('neck-press-back')));
      expect(counts.get('turn-side-on')).toBeGreaterThan(frames.length * 0.9);
    });

    it('is far too close for a plank: move back', () => {
      const counts = problems(frames, plank);
      expect(counts.get('ok') ?? 0).toBe(0);
      expect((counts.get('body-out') ?? 0) + (counts.get('feet-out') ?? 0)).toBeGreaterThan(
        frames.length * 0.9,
      );
    });
  },
);

describe('hand-made edge cases', () => {
  const empty: PoseFrame = { timestampMs: 0, width: 640, height: 480, poses: [] };
  it('nobody in the picture: step in, or more light when it is dark', () => {
    expect(checkFraming(empty, plank).message).toBe('Step into the picture');
    expect(checkFraming(empty, plank, 0.02).message).toBe('More light, please');
  });
});
