/**
 * The display's text must stay readable over any picture: at least 7:1 (WCAG AAA) against its scrim
 * laid over the worst background, a white wall, computed from the token values in tokens.css.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../../src/ui/theme/tokens.css', import.meta.url), 'utf8');

function token(name: string): string {
  const match = new RegExp(`${name}:\\s*([^;]+);`).exec(css);
  if (!match) throw new Error(`${name} is not in tokens.css`);
  return match[1]!.trim();
}

type Rgba = [number, number, number, number];

function parseColour(value: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgb = /^rgb\((\d+) (\d+) (\d+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), Number(rgb[4] ?? 1)];
  throw new Error(`cannot read colour ${value}`);
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const WHITE: Rgba = [255, 255, 255, 1];
const BLACK: Rgba = [0, 0, 0, 1];

describe('heads-up display contrast', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrast(parseColour('#767676'), WHITE)).toBeCloseTo(4.54, 2);
  });

  const worstBackground = over(parseColour(token('--hud-scrim')), WHITE);
  // The accent and the warning colour fill the ring, the gauge and the cue's edge: never text.
  for (const text of ['--hud-text', '--hud-text-muted']) {
    it(`${text} on the scrim over a white picture is at least 7:1`, () => {
      const ratio = contrast(parseColour(token(text)), worstBackground);
      console.log(`${text} on --hud-scrim over white: ${ratio.toFixed(2)}:1`);
      expect(ratio).toBeGreaterThanOrEqual(7);
    });
  }
});
