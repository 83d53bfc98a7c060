/**
 * Thread the needle on hand-made side views (the far arm threading, opening to the ceiling or
 * reaching forward) and on its two recorded clips: a shallow thread with the shoulders level with
 * the hips, and a deep one with the shoulder and head down on the mat.
 */
import { describe, expect, it } from 'vitest';
import { threadTheNeedleChecker } from '../../../../src/form/checkers/thread-the-needle';
import { LANDMARK, type PoseFrame } from '../../../../src/pose/landmarks';
import { createFormEngine } from '../../../../src/form/engine';
import { traceEngine } from '../../../eval/engine-trace';
import { clipFixtureSkipReason, loadClipFixture } from '../../../fixtures/load-fixture';
import { exerciseSpec } from '../helpers/content';
import { sideViewFrame } from '../helpers/synthetic-pose';
import { toFigure, type Sketch } from './figure-frames';
import { contentParams, runChecker, secondsOutside } from './run-checker';

const params = contentParams(threadTheNeedleChecker);

/** On all fours, side-on, facing left (centimetres, y up); both hands on the floor. */
const TABLE: Sketch = {
  knee: [0, 2],
  ankle: [40, 2],
  heel: [42, 6],
  foot: [50, 1],
  hip: [0, 50],
  shoulder: [-50, 50],
  elbow: [-50, 26],
  wrist: [-50, 2],
  ear: [-62, 56],
  nose: [-68, 50],
};
type Pose = { near: Sketch; far: Sketch };
const table: Pose = { near: TABLE, far: TABLE };
/** The far hand slid under the chest, the shoulders sunk a little toward the floor. */
const threaded: Pose = {
  near: { ...TABLE, shoulder: [-48, 40], ear: [-58, 42], nose: [-62, 36] },
  far: { ...TABLE, shoulder: [-48, 40], elbow: [-40, 30], wrist: [-35, 28] },
};
const opened: Pose = { near: TABLE, far: { ...TABLE, elbow: [-50, 75], wrist: [-50, 100] } };
/** The far arm reaching forward at shoulder height, as in a bird-dog. */
const reaching: Pose = { near: TABLE, far: { ...TABLE, elbow: [-75, 50], wrist: [-100, 50] } };

const mix = (a: Sketch, b: Sketch, k: number): Sketch =>
  Object.fromEntries(
    Object.entries(a).map(([joint, [x, y]]) => {
      const [bx, by] = b[joint as keyof Sketch] ?? [x, y];
      return [joint, [x + (bx - x) * k, y + (by - y) * k]];
    }),
  );

/** Each step moves from the previous pose to `pose` over 1 s, then holds it for `seconds`. */
function session(steps: [Pose, number][]): PoseFrame[] {
  const frames: PoseFrame[] = [];
  let from = table;
  let t = 0;
  const push = (pose: Pose) => {
    frames.push(
      sideViewFrame(toFigure(pose.near), {
        far: toFigure(pose.far),
        timestampMs: t,
        width: 1280,
        height: 720,
      }),
    );
    t += 100;
  };
  for (const [pose, seconds] of steps) {
    for (let i = 1; i <= 10; i++) {
      push({ near: mix(from.near, pose.near, i / 10), far: mix(from.far, pose.far, i / 10) });
    }
    for (let i = 0; i < seconds * 10; i++) push(pose);
    from = pose;
  }
  return frames;
}

type Landmarks = PoseFrame['poses'][number]['landmarks'];

/** A thread (table 1 s, threaded 3 s, table 1 s), each frame's landmarks as `edit` makes them. */
function threadWith(edit: (landmarks: Landmarks, i: number) => Landmarks): PoseFrame[] {
  return session([
    [table, 1],
    [threaded, 3],
    [table, 1],
  ]).map((frame, i) => {
    const pose = frame.poses[0]!;
    return { ...frame, poses: [{ ...pose, landmarks: edit(pose.landmarks, i) }] };
  });
}

describe('thread-the-needle checker on hand-made poses', () => {
  it('counts a thread as a rep of the threading arm, its held part timed', () => {
    const run = runChecker(
      threadTheNeedleChecker,
      params,
      session([
        [table, 1],
        [threaded, 3],
        [table, 1],
      ]),
    );
    // The far side is the person's right (the near one is their left).
    expect(run.repsBySide).toEqual({ left: 0, right: 1 });
    expect(run.holdSeconds).toBeGreaterThan(2.5);
    expect(run.holdSeconds).toBeLessThan(4.5);
  });

  it('counts neither the arm opening to the ceiling nor reaching forward', () => {
    const run = runChecker(
      threadTheNeedleChecker,
      params,
      session([
        [table, 1],
        [opened, 2],
        [table, 1],
        [reaching, 2],
        [table, 1],
      ]),
    );
    expect(run.reps).toHaveLength(0);
    expect(run.holdSeconds).toBe(0);
  });

  it('follows a threading hand hidden under the chest (the model still places it, barely visible)', () => {
    // The far (right) wrist's visibility while it is tucked under the chest: 0.07-0.2 in the
    // mirrored white-studio clip, where the model still puts it under the chest.
    const frames = threadWith((landmarks, i) =>
      i < 15 || i >= 45
        ? landmarks
        : landmarks.map((l, index) =>
            index === LANDMARK.rightWrist ? { ...l, visibility: 0.08 } : l,
          ),
    );
    const run = runChecker(threadTheNeedleChecker, params, frames);
    expect(run.repsBySide).toEqual({ left: 0, right: 1 });
    expect(run.holdSeconds).toBeGreaterThan(2);
  });

  it('keeps the supporting hand planted when the model loses it and puts it by the threading one', () => {
    // 0.9 s into the hold the model loses the supporting (left) hand and guesses it under the chest
    // beside the threading one, at visibility 0.1, as in the drifting white-studio clip.
    const frames = threadWith((landmarks, i) => {
      if (i < 35 || i >= 44) return landmarks;
      const beside = landmarks[LANDMARK.rightWrist]!;
      return landmarks.map((l, index) =>
        index === LANDMARK.leftWrist ? { ...beside, y: beside.y + 0.005, visibility: 0.1 } : l,
      );
    });
    const run = runChecker(threadTheNeedleChecker, params, frames);
    expect(run.assessments.slice(30, 55).every((a) => a?.inPosition)).toBe(true);
    expect(run.repsBySide).toEqual({ left: 0, right: 1 });
    expect(run.holdSeconds).toBeGreaterThan(2.5);
  });

  it("keeps the threading side when the model swaps the hands' names mid-hold", () => {
    // 1 s into the hold the model names the threading hand "left", barely visible under the
    // chest, and the planted one "right", as in the cropped white-studio clip.
    const frames = threadWith((landmarks, i) => {
      if (i < 30 || i >= 40) return landmarks;
      const left = landmarks[LANDMARK.leftWrist]!;
      const right = landmarks[LANDMARK.rightWrist]!;
      return landmarks.map((l, index) => {
        if (index === LANDMARK.leftWrist) return { ...right, visibility: 0.05 };
        if (index === LANDMARK.rightWrist) return { ...left, visibility: 0.4 };
        return l;
      });
    });
    const run = runChecker(threadTheNeedleChecker, params, frames);
    expect(run.assessments.slice(30, 40).map((a) => a?.side)).toEqual(Array(10).fill('right'));
    expect(run.repsBySide).toEqual({ left: 0, right: 1 });
    expect(run.holdSeconds).toBeGreaterThan(2.5);
  });

  it('counts a thread with the hands on the floor cut off below the picture', () => {
    // A camera close to the mat, its picture's bottom edge just under the knees: a hand on the
    // floor lies below it (the model still guesses it there); only the threading hand comes up
    // into the picture.
    const frames = threadWith((landmarks) => {
      const knee = landmarks[LANDMARK.leftKnee]!;
      return landmarks.map((l, index) =>
        (index === LANDMARK.leftWrist || index === LANDMARK.rightWrist) && l.y >= knee.y - 0.01
          ? { ...l, y: 1.05 }
          : l,
      );
    });
    const run = runChecker(threadTheNeedleChecker, params, frames);
    // With both hands cut off, nothing says where either is.
    expect(run.assessments[5]?.inPosition).toBe(false);
    expect(run.assessments[30]?.inPosition).toBe(true);
    expect(run.repsBySide).toEqual({ left: 0, right: 1 });
    expect(run.holdSeconds).toBeGreaterThan(2.5);
  });

  it('times the top by the still body, not by the hidden hand whose guessed height wanders', () => {
    // Under the chest the model guesses the hand's height: in the variants of the white-studio
    // clip it wanders by 0.15-0.25 of the movement (most of the textbook span) in half a second
    // while the person holds still. Every landmark also jitters a little, as the model's do (the
    // engine learns the person's stillness from it).
    const jitter = (i: number, k: number) => 0.002 * Math.sin(i * 12.9898 + k * 78.233);
    const frames = threadWith((landmarks, i) => {
      const wobble = i >= 30 && i < 60 ? 0.025 * Math.sin((2 * Math.PI * i) / 5) : 0;
      return landmarks.map((l, index) =>
        index === LANDMARK.rightWrist && i >= 20 && i < 60
          ? { ...l, y: l.y + wobble + jitter(i, index), visibility: 0.3 }
          : { ...l, x: l.x + jitter(i, index), y: l.y + jitter(i, index + 33) },
      );
    });
    const signal = runChecker(threadTheNeedleChecker, params, frames).assessments.map(
      (a) => a?.movement ?? 0,
    );
    // The wander is most of the textbook span (0.45 to 0.2).
    const top = signal.slice(32, 58);
    expect(Math.max(...top) - Math.min(...top)).toBeGreaterThan(0.15);
    const trace = traceEngine(frames, createFormEngine(exerciseSpec('thread-the-needle')));
    expect(trace.finalRepsBySide).toEqual({ left: 0, right: 1 });
    // Held 3 s after a 1 s approach: timed by the movement, the wander would leave none.
    expect(trace.samples.at(-1)!.holdSeconds).toBeGreaterThan(2);
  });

  it('is not in position with a hand outside the picture', () => {
    const outside: Pose = { near: TABLE, far: { ...TABLE, wrist: [-50, 2] } };
    const frames = session([[outside, 2]]).map((frame) => {
      const pose = frame.poses[0]!;
      const moved = pose.landmarks.map((l, index) =>
        index === LANDMARK.rightWrist ? { ...l, x: 1.1 } : l,
      );
      return { ...frame, poses: [{ ...pose, landmarks: moved }] };
    });
    const run = runChecker(threadTheNeedleChecker, params, frames);
    expect(run.assessments.some((a) => a?.inPosition)).toBe(false);
  });

  it('catches the hips shifting back off the knees', () => {
    const shifted: Pose = {
      near: { ...threaded.near, hip: [28, 40] },
      far: { ...threaded.far, hip: [28, 40] },
    };
    const run = runChecker(threadTheNeedleChecker, params, session([[shifted, 2]]));
    const ids = run.assessments.flatMap((a) => a?.faults.map((f) => f.id) ?? []);
    expect(ids).toContain('hips-shifted');
  });
});

describe('thread-the-needle on recorded clips', () => {
  const WHITE = 'thread-the-needle-white-studio';
  const skipWhite = clipFixtureSkipReason(WHITE);
  it.skipIf(skipWhite !== undefined)(
    `${WHITE}: a shallow thread, shoulders level with the hips, is one rep and its hold ${skipWhite ?? ''}`,
    () => {
      const { frames, label } = loadClipFixture(WHITE);
      // Through the engine, as the app times it: the top of a rep is timed as the hold.
      const trace = traceEngine(frames, createFormEngine(exerciseSpec('thread-the-needle')));
      expect(trace.finalReps).toBe(label.reps);
      expect(trace.finalRepsBySide.right).toBe(1);
      const [[start, end]] = label.holds as [[number, number]];
      // On the frames the hand is under the chest from 2.7 s to 4.0 s; at 4.2 s it is coming out,
      // at 4.6 s it is on the floor (the label runs to 4.75 s). The signal reaches the top at
      // 2.5 s and leaves it at 4.2 s; the body is still on the knees throughout: 1.7 s.
      const held = trace.samples.at(-1)!.holdSeconds;
      expect(Math.abs(held - (4.1 - 2.6))).toBeLessThanOrEqual(0.5);
      const run = runChecker(threadTheNeedleChecker, params, frames);
      expect(secondsOutside(run.holds, [[start - 0.5, end + 0.5]])).toBe(0);
    },
  );

  const PHONE = 'thread-the-needle-phone';
  const skipPhone = clipFixtureSkipReason(PHONE);
  it.skipIf(skipPhone !== undefined)(
    `${PHONE}: a deep thread, shoulder and head on the mat, is one rep; the open arm is none ${skipPhone ?? ''}`,
    () => {
      const run = runChecker(threadTheNeedleChecker, params, loadClipFixture(PHONE).frames);
      // Labelled in the notes: the arm opens 1.5-4 s and threads under 5-11 s (held 6.5-10 s on
      // the frames).
      expect(run.reps).toHaveLength(1);
      // Held 6.5-10 s on the frames (3.5 s). This helper (no settling) times the top from 7.1 s:
      // at 4.3-4.5 s the arm coming down from the ceiling passes the shoulders hidden
      // (visibility 0.04-0.14), which reads as a tucked hand for two frames and sets the rep's
      // peak, so its top is the real one (0.45 and above), not the midpoint of the rise (5.9 s
      // before hidden hands were followed, 4.2 s timed). The engine, settling by the thigh, 3.7 s.
      expect(run.holdSeconds).toBeGreaterThan(2.5);
      expect(secondsOutside(run.holds, [[5, 11]])).toBe(0);
    },
  );
});
