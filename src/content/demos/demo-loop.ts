/**
 * A demonstration loop: the skeleton of one recorded repetition (or a few seconds of a hold),
 * landmarks only, never video. Points are in a box that fits the whole loop, as integers 0-1000
 * of its longer side; null where the model could not see the joint.
 */
export interface DemoLoop {
  /**
   * The fixture the loop was cut from (landmarks derived by the pipeline from labelled footage): a
   * clip's id, or a labelled still's file (`stills/...`) for a hold shown still.
   */
  clip: string;
  fps: number;
  /** The box's width and height over its longer side (one of them is 1). */
  width: number;
  height: number;
  /** Landmark indices kept, in the order of each frame's points. */
  landmarks: number[];
  /** Per frame, x and y for each kept landmark, flattened; null for a joint not seen. */
  frames: (number | null)[][];
}

export interface DemoFile {
  version: 1;
  loops: Record<string, DemoLoop>;
}

/** A point of the loop at `timeMs`, in the box's unit (0..width, 0..height). */
export interface DemoPoint {
  index: number;
  x: number;
  y: number;
}

export const DEMO_SCALE = 1000;

/** The loop's length in ms; it plays round and round. */
export function loopDurationMs(loop: DemoLoop): number {
  return (loop.frames.length / loop.fps) * 1000;
}

/**
 * The skeleton at `timeMs` into the loop, interpolated between the two frames around it (a joint
 * missing from either is left out rather than drawn jumping).
 */
export function demoPose(loop: DemoLoop, timeMs: number): Map<number, DemoPoint> {
  const count = loop.frames.length;
  const points = new Map<number, DemoPoint>();
  if (count === 0) return points;
  const position = ((((timeMs / 1000) * loop.fps) % count) + count) % count;
  const i = Math.floor(position);
  const a = loop.frames[i]!;
  const b = loop.frames[(i + 1) % count]!;
  const f = position - i;
  loop.landmarks.forEach((index, k) => {
    const [ax, ay, bx, by] = [a[2 * k], a[2 * k + 1], b[2 * k], b[2 * k + 1]];
    if (ax == null || ay == null || bx == null || by == null) return;
    points.set(index, {
      index,
      x: (ax + (bx - ax) * f) / DEMO_SCALE,
      y: (ay + (by - ay) * f) / DEMO_SCALE,
    });
  });
  return points;
}

/**
 * The demonstration loop of an exercise, or undefined for an exercise without footage. The file
 * is loaded on first use, as its own chunk: pages without a workout never fetch it.
 */
export async function loadDemo(exerciseId: string): Promise<DemoLoop | undefined> {
  const file = (await import('./demos.json')).default as DemoFile;
  return file.loops[exerciseId];
}
