/** The benchmark's side-by-side table of the pose backends, each run by the app's worker pipeline. */
import type { LoadTiming } from './bench-api';
import type { PipelineSummary } from './summarise';

export interface BackendResult {
  /** Model variant id, e.g. "full" or "movenet-lightning". */
  backend: string;
  load: { cold: LoadTiming; warm: LoadTiming };
  summary: PipelineSummary;
}

const pad = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');

export function backendTableLines(results: readonly BackendResult[]): string[] {
  const header = [
    'backend',
    'delegate',
    'load cold / warm',
    'inference median / p95',
    'fps',
    'main thread / frame',
    'pose found',
  ];
  const rows = results.map(({ backend, load, summary }) => [
    backend,
    `${load.cold.delegate}${load.cold.delegateReason?.startsWith('tfjs') ? ` (${load.cold.delegateReason.split(':')[0]})` : ''}`,
    `${load.cold.mainThreadMs} / ${load.warm.mainThreadMs} ms`,
    `${summary.inferenceMs.median} / ${summary.inferenceMs.p95} ms`,
    summary.fps.toFixed(1),
    `${summary.mainThreadMsPerFrame.toFixed(1)} ms`,
    `${Math.round(summary.poseFoundShare * 100)}%`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [
    pad(header, widths),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => pad(r, widths)),
  ];
}
