import { describe, expect, it } from 'vitest';
import { CHART_COLOUR_EXPRESSIONS, chartColours } from '../../../../src/ui/history/chart-colours';

/** What a browser computes for each expression, in one theme (the tokens' light-dark pairs). */
function theme(pairs: Record<string, string>): (expression: string) => string {
  return (expression) => {
    const token = /var\((--[\w-]+)/.exec(expression)?.[1];
    const colour = token ? pairs[token] : undefined;
    if (!colour) throw new Error(`no colour for ${expression}`);
    return colour;
  };
}

const LIGHT = {
  '--color-text-muted': 'rgb(51, 65, 85)',
  '--color-accent': 'rgb(17, 94, 89)',
  '--color-warning': 'rgb(146, 64, 14)',
};
const DARK = {
  '--color-text-muted': 'rgb(203, 213, 225)',
  '--color-accent': 'rgb(94, 234, 212)',
  '--color-warning': 'rgb(252, 211, 77)',
};

describe('chart colours', () => {
  it('are the resolved tokens, so each theme draws with its own colours', () => {
    const light = chartColours(theme(LIGHT));
    const dark = chartColours(theme(DARK));
    expect(light).toEqual({
      muted: LIGHT['--color-text-muted'],
      line: LIGHT['--color-accent'],
      fault: LIGHT['--color-warning'],
    });
    expect(dark.line).not.toBe(light.line);
    expect(dark.muted).not.toBe(light.muted);
    expect(dark.fault).not.toBe(light.fault);
  });

  it('ask the browser for var() expressions with a plain fallback, never a raw token value', () => {
    for (const expression of Object.values(CHART_COLOUR_EXPRESSIONS)) {
      expect(expression).toMatch(/^var\(--color-[\w-]+, #[0-9a-f]{6}\)$/);
    }
  });
});
