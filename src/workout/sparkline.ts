export interface SparklineBox {
  width: number;
  height: number;
  /** Space kept free around the line so that dots and strokes are not clipped. */
  padding: number;
  /** The value range drawn; defaults to the values' own range. */
  min?: number;
  max?: number;
}

export interface Sparkline {
  /** SVG path data; a missing value (null) breaks the line. Empty when there is nothing to draw. */
  path: string;
  points: { x: number; y: number; value: number }[];
}

const fixed = (n: number) => Number(n.toFixed(2));

/** Maps values, oldest first, to an SVG path across the box (higher values drawn higher). */
export function sparkline(values: readonly (number | null)[], box: SparklineBox): Sparkline {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return { path: '', points: [] };
  const min = box.min ?? Math.min(...present);
  const max = box.max ?? Math.max(...present);
  const innerW = box.width - 2 * box.padding;
  const innerH = box.height - 2 * box.padding;
  const step = values.length > 1 ? innerW / (values.length - 1) : 0;
  const x = (i: number) => fixed(box.padding + (values.length > 1 ? i * step : innerW / 2));
  // A flat series sits in the middle rather than on an edge.
  const y = (v: number) =>
    fixed(
      max === min
        ? box.padding + innerH / 2
        : box.padding + innerH * (1 - (Math.min(max, Math.max(min, v)) - min) / (max - min)),
    );

  const points: Sparkline['points'] = [];
  const parts: string[] = [];
  let penDown = false;
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) {
      penDown = false;
      return;
    }
    const point = { x: x(i), y: y(value), value };
    points.push(point);
    parts.push(`${penDown ? 'L' : 'M'}${point.x} ${point.y}`);
    penDown = true;
  });
  return { path: parts.join(' '), points };
}
