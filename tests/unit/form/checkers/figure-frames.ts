/**
 * Side-on stick figures sketched in centimetres (y up, floor at 0) turned into pipeline frames, for
 * checker tests: `figureFrames(figure, seconds)` is the figure held still for that long.
 */
import type { PoseFrame } from '../../../../src/pose/landmarks';
import { sideViewFrame, type Figure, type Joint } from '../helpers/synthetic-pose';

export type Sketch = Partial<Record<Joint, [number, number]>>;

const WIDTH = 1280;
const HEIGHT = 720;
/** Centimetres per frame height: a 2 m tall picture. */
const CM_PER_FRAME = 200;

export function toFigure(sketch: Sketch, { dx = 0 } = {}): Figure {
  const aspect = WIDTH / HEIGHT;
  return Object.fromEntries(
    Object.entries(sketch).map(([joint, [x, up]]) => [
      joint,
      [0.35 + (x + dx) / CM_PER_FRAME / aspect, 0.9 - up / CM_PER_FRAME],
    ]),
  ) as Figure;
}

/** The sketch held still for `seconds`, a frame every 100 ms from `fromMs`. */
export function figureFrames(sketch: Sketch, seconds: number, fromMs = 0): PoseFrame[] {
  const frames: PoseFrame[] = [];
  for (let ms = 0; ms <= seconds * 1000; ms += 100) {
    frames.push(
      sideViewFrame(toFigure(sketch), { timestampMs: fromMs + ms, width: WIDTH, height: HEIGHT }),
    );
  }
  return frames;
}

/** Frames of a sketch whose joints move with time: `at(seconds)` gives the sketch at that moment. */
export function movingFrames(at: (seconds: number) => Sketch, seconds: number): PoseFrame[] {
  const frames: PoseFrame[] = [];
  for (let ms = 0; ms <= seconds * 1000; ms += 100) {
    frames.push(
      sideViewFrame(toFigure(at(ms / 1000)), { timestampMs: ms, width: WIDTH, height: HEIGHT }),
    );
  }
  return frames;
}

/** Standing tall, side-on, facing left. */
export const STANDING: Sketch = {
  nose: [-8, 163],
  ear: [0, 165],
  shoulder: [0, 145],
  elbow: [0, 118],
  wrist: [0, 92],
  hip: [0, 95],
  knee: [0, 50],
  ankle: [0, 8],
  heel: [3, 3],
  foot: [-12, 1],
};

/** Hanging from a bar (centimetres, y up), arms straight overhead, legs straight down. */
export const HANGING = {
  wrist: [0, 160],
  elbow: [0, 135],
  shoulder: [0, 110],
  ear: [3, 120],
  nose: [-6, 118],
  hip: [0, 60],
  knee: [0, 15],
  ankle: [0, -28],
  heel: [3, -31],
  foot: [-10, -34],
} satisfies Sketch;
