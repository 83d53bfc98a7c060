/** The short human-readable table printed after the benchmark's JSON. */
import type { LoadTiming } from './bench-api';
import type { PipelineSummary } from './summarise';

export interface Ratios {
  fpsWorkerToBaseline: number;
  blockingWorkerToBaseline: number;
}

/** One delegate's results: both pipelines' load times and summaries, and their ratios. */
export interface DelegateResult {
  delegate: string;
  load: {
    worker: { cold?: LoadTiming; warm: LoadTiming };
    baseline: { cold?: LoadTiming; warm: LoadTiming };
  };
  worker: PipelineSummary;
  baseline: PipelineSummary;
  ratios: Ratios;
}

interface Column {
  title: string;
  summary: PipelineSummary;
  load?: { cold?: LoadTiming; warm: LoadTiming };
}

const ms = (value: number | undefined) => (value === undefined ? '-' : `${value.toFixed(0)} ms`);

const byStep = (steps: Record<string, number>) =>
  Object.entries(steps)
    .map(([step, value]) => `${step} ${value}`)
    .join(', ');

const ROWS: [string, (c: Column) => string][] = [
  ['model load, cold', (c) => ms(c.load?.cold?.mainThreadMs)],
  ['model load, warm', (c) => ms(c.load?.warm.mainThreadMs)],
  [
    'inference median / p95',
    (c) => `${c.summary.inferenceMs.median} / ${c.summary.inferenceMs.p95} ms`,
  ],
  [
    'frame-to-result median / p95',
    (c) => `${c.summary.latencyMs.median} / ${c.summary.latencyMs.p95} ms`,
  ],
  ['frames processed per second', (c) => c.summary.fps.toFixed(1)],
  [
    'frames processed / shown',
    (c) => `${c.summary.framesProcessed} / ${c.summary.framesPresented}`,
  ],
  ['frames dropped', (c) => String(c.summary.framesDropped)],
  ['main thread per frame', (c) => `${c.summary.mainThreadMsPerFrame} ms`],
  ['  by step', (c) => byStep(c.summary.mainThreadMsPerFrameByStep)],
  ['frames grabbed per result', (c) => String(c.summary.grabsPerFrame)],
  ['long tasks, count', (c) => String(c.summary.longTasks.count)],
  [
    'total blocking time',
    (c) => `${c.summary.longTasks.totalBlockingMs} ms over ${c.summary.seconds} s`,
  ],
  ['pose found', (c) => `${(100 * c.summary.poseFoundShare).toFixed(0)}%`],
];

function ratioLine(name: string, ratios: Ratios): string {
  return (
    `${name} fps / baseline fps = ${ratios.fpsWorkerToBaseline}; ` +
    `${name} blocking / baseline blocking = ${ratios.blockingWorkerToBaseline}`
  );
}

export function printTable(
  results: readonly DelegateResult[],
  about: { date: string; clip: string; model: string; machine: { cpus: number; browser: string } },
): void {
  console.log(
    `\n${about.date}  ${about.machine.cpus} cores, ${about.machine.browser}; clip ${about.clip}; ${about.model}`,
  );
  for (const result of results) {
    const columns: Column[] = [
      {
        title: `app, worker (${result.delegate})`,
        summary: result.worker,
        load: result.load.worker,
      },
      {
        title: `main thread (${result.delegate})`,
        summary: result.baseline,
        load: result.load.baseline,
      },
    ];
    const table = [
      ['', ...columns.map((c) => c.title)],
      ...ROWS.map(([name, cell]) => [name, ...columns.map(cell)]),
    ];
    const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
    console.log('');
    for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
    console.log(ratioLine('worker', result.ratios));
  }
}
