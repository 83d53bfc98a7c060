/**
 * Clip by clip, the evaluation of several pose backends side by side, from the JSON files that
 * `npm run eval -- --backend NAME --json FILE` wrote:
 *
 *   npx tsx tests/eval/compare-backends.ts full.json movenet-lightning.json [...]
 *
 * Per clip and backend: the pose-found rate, hold seconds or reps against the label, and whether the
 * clip met every target ("ok") or how many it missed.
 */
import { readFileSync } from 'node:fs';
import type { ClipEvaluation } from './clip-evaluation';

interface EvalFile {
  backend?: string;
  clips: ClipEvaluation[];
}

function cell(e: ClipEvaluation | undefined): string {
  if (!e) return '-';
  const measure = e.hold
    ? `hold ${e.hold.engineSeconds.toFixed(1)}/${e.hold.labelledSeconds.toFixed(1)}`
    : e.reps
      ? `reps ${e.reps.counted}/${e.reps.labelled.total}`
      : '';
  const result = !e.targeted ? 'n/s' : e.misses.length ? `MISS(${e.misses.length})` : 'ok';
  return `${Math.round(e.detectionRate * 100)}% ${measure} ${result}`.replace(/\s+/g, ' ');
}

function main(files: string[]): void {
  if (files.length < 2)
    throw new Error('give two or more eval JSON files (npm run eval -- --json)');
  const runs = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as EvalFile);
  const names = runs.map((run, i) => run.backend ?? files[i]!);
  const clips = [...new Set(runs.flatMap((run) => run.clips.map((c) => c.clip)))];
  const rows = clips.map((clip) => {
    const first = runs.map((run) => run.clips.find((c) => c.clip === clip)).find(Boolean)!;
    return [
      clip,
      first.exercise,
      ...runs.map((run) => cell(run.clips.find((c) => c.clip === clip))),
    ];
  });
  const met = runs.map((run) => {
    const targeted = run.clips.filter((c) => c.targeted);
    return `${targeted.filter((c) => c.misses.length === 0).length}/${targeted.length}`;
  });
  const header = ['clip', 'exercise', ...names];
  const all = [header, ...rows, ['clips meeting every target', '', ...met]];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  for (const row of all) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}

main(process.argv.slice(2));
