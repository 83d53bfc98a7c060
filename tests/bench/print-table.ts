/** The short human-readable table printed after the benchmark's JSON. */
import type { LoadTiming } from './bench-api';
import type { PipelineSummary } from './summarise';

interface TableResult {
  delegate: string;
  load: {
    worker: { cold?: LoadTiming; warm: LoadTiming };
    baseline: { cold?: LoadTiming; warm: LoadTiming };
  };
  worker: PipelineSummary;
  baseline: PipelineSummary;
  ratios: { fpsWorkerToBaseline: number; blockingWorkerToBaseline: number };
}

const ms = (value: number | undefined) => (value === undefined ? '-' : `${value.toFixed(0)} ms`);

function rows(result: TableResult): [string, string, string][] {
  const { worker: w, baseline: b, load } = result;
  const pair = (pick: (s: PipelineSummary) => string): [string, string] => [pick(w), pick(b)];
  return [
    ['model load, cold', ms(load.worker.cold?.mainThreadMs), ms(load.baseline.cold?.mainThreadMs)],
    ['model load, warm', ms(load.worker.warm.mainThreadMs), ms(load.baseline.warm.mainThreadMs)],
    ['inference median / p95', ...pair((s) => `${s.inferenceMs.median} / ${s.inferenceMs.p95} ms`)],
    [
      'frame-to-result median / p95',
      ...pair((s) => `${s.latencyMs.median} / ${s.latencyMs.p95} ms`),
    ],
    ['frames processed per second', ...pair((s) => s.fps.toFixed(1))],
    ['frames processed / shown', ...pair((s) => `${s.framesProcessed} / ${s.framesPresented}`)],
    ['frames dropped (in pump)', ...pair((s) => `${s.framesDropped} (${s.framesReplacedInPump})`)],
    ['main thread per frame', ...pair((s) => `${s.mainThreadMsPerFrame} ms`)],
    ['long tasks, count', ...pair((s) => String(s.longTasks.count))],
    [
      'total blocking time',
      ...pair((s) => `${s.longTasks.totalBlockingMs} ms over ${s.seconds} s`),
    ],
    ['pose found', ...pair((s) => `${(100 * s.poseFoundShare).toFixed(0)}%`)],
  ];
}

export function printTable(
  results: readonly TableResult[],
  about: { date: string; clip: string; model: string; machine: { cpus: number; browser: string } },
): void {
  console.log(
    `\n${about.date}  ${about.machine.cpus} cores, ${about.machine.browser}; clip ${about.clip}; ${about.model}`,
  );
  for (const result of results) {
    const table = [
      ['', `worker (${result.delegate})`, `main thread (${result.delegate})`],
      ...rows(result),
    ];
    const widths = [0, 1, 2].map((c) => Math.max(...table.map((row) => row[c]!.length)));
    console.log('');
    for (const row of table) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
    console.log(
      `worker fps / baseline fps = ${result.ratios.fpsWorkerToBaseline}; ` +
        `worker blocking / baseline blocking = ${result.ratios.blockingWorkerToBaseline}`,
    );
  }
}
