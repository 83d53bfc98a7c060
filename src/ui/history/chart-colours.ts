/**
 * The colours a history chart draws with, taken from the design tokens. The tokens are
 * `light-dark()` pairs, and a custom property's computed value is that unresolved text, which a
 * canvas cannot parse (it kept its default black in both themes); so each colour is resolved
 * through a CSS property the browser computes, in the element's own colour scheme.
 */
export interface ChartColours {
  /** Axis labels and ticks. */
  muted: string;
  /** The plotted line. */
  line: string;
  /** Bands where a fault was active. */
  fault: string;
}

/** Each chart colour as a CSS colour expression, with a fallback where the tokens are missing. */
export const CHART_COLOUR_EXPRESSIONS: Readonly<ChartColours> = {
  muted: 'var(--color-text-muted, #475569)',
  line: 'var(--color-accent, #115e59)',
  fault: 'var(--color-warning, #92400e)',
};

/** The chart colours, each expression resolved by `resolve` (the browser, in the app). */
export function chartColours(resolve: (expression: string) => string): ChartColours {
  return {
    muted: resolve(CHART_COLOUR_EXPRESSIONS.muted),
    line: resolve(CHART_COLOUR_EXPRESSIONS.line),
    fault: resolve(CHART_COLOUR_EXPRESSIONS.fault),
  };
}

/** Resolves colour expressions as the browser computes them inside `element` (rgb() text). */
export function cssColourResolver(element: HTMLElement): (expression: string) => string {
  return (expression) => {
    const probe = document.createElement('span');
    probe.style.color = expression;
    element.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  };
}
