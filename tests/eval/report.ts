/** The evaluation's printed table and summary. Pure: evaluations in, lines out. */
import { hasComparison, TARGETS, type ClipEvaluation } from './clip-evaluation';
import { PLANK_VS_DOG_TARGET, type StillSummary } from './still-metrics';

/** A clip the chain could not run on, with why. */
export interface ClipFailure {
  clip: string;
  exercise: string;
  /** 'skipped' is a gap (e.g. no content file for the exercise); 'error' is a failure. */
  kind: 'skipped' | 'error';
  reason: string;
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const s1 = (x: number) => x.toFixed(1);

function holdCell(e: ClipEvaluation): string {
  return e.hold ? `${s1(e.hold.engineSeconds)}/${s1(e.hold.labelledSeconds)}` : '-';
}

function repsCell(e: ClipEvaluation): string {
  if (!e.reps) return e.outside?.reps ? `(${e.outside.reps})` : '-';
  const sides = e.reps.labelled.bySide
    ? ` L${e.reps.countedBySide.left}/${e.reps.labelled.bySide.left} R${e.reps.countedBySide.right}/${e.reps.labelled.bySide.right}`
    : '';
  return `${e.reps.counted}/${e.reps.labelled.total}${sides}`;
}

/** "0.0s 0r", with "+0.4s edge" when hold time lies just past the labels (within the tolerance). */
function outsideCell(e: ClipEvaluation): string {
  if (!e.outside) return 'n/a';
  const { holdSeconds, nearEdgeHoldSeconds, reps } = e.outside;
  const edge = nearEdgeHoldSeconds >= 0.05 ? ` +${s1(nearEdgeHoldSeconds)}s edge` : '';
  return `${s1(holdSeconds)}s ${reps}r${edge}`;
}

function formCell(e: ClipEvaluation): string {
  const mean = e.form.meanScore === null ? '' : ` ${e.form.meanScore.toFixed(0)}`;
  return `${e.form.verdict}${mean}/${e.form.labelled ?? '-'}`;
}

function resultCell(e: ClipEvaluation): string {
  if (!hasComparison(e)) return 'n/a';
  if (!e.targeted) return 'info';
  return e.misses.length ? `MISS(${e.misses.length})` : 'ok';
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function clipTable(
  evaluations: readonly ClipEvaluation[],
  failures: readonly ClipFailure[],
): string[] {
  const rows = evaluations.map((e) => [
    e.clip,
    e.exercise,
    e.confidence,
    String(e.frames),
    pct(e.detectionRate),
    holdCell(e),
    repsCell(e),
    outsideCell(e),
    formCell(e),
    resultCell(e),
  ]);
  for (const f of failures) {
    // The full reason is listed under the misses; the table keeps its width.
    const reason = f.reason.length > 60 ? `${f.reason.slice(0, 57)}...` : f.reason;
    rows.push([
      f.clip,
      f.exercise,
      ...Array<string>(7).fill(''),
      `${f.kind.toUpperCase()}: ${reason}`,
    ]);
  }
  return table(
    [
      'clip',
      'exercise',
      'conf',
      'frames',
      'pose',
      'hold s eng/lab',
      'reps eng/lab',
      'outside',
      'form eng/lab',
      'result',
    ],
    rows,
  );
}

export interface Summary {
  clips: number;
  targeted: number;
  meetingTargets: number;
  hold: { clips: number; within: number; meanAbsErrorS: number; maxAbsErrorS: number };
  reps: { clips: number; exact: number };
  /** nearEdgeHoldSeconds: summed over the clips, reported but never a miss. */
  outside: { clips: number; clean: number; nearEdgeHoldSeconds: number };
  form: { clips: number; matching: number };
  stills?: StillSummary;
  engineMsPerFrame: number;
}

export function summarise(
  evaluations: readonly ClipEvaluation[],
  stills: StillSummary | undefined,
  engineMsPerFrame: number,
): Summary {
  const targeted = evaluations.filter((e) => e.targeted && hasComparison(e));
  const holds = targeted.flatMap((e) => (e.hold ? [Math.abs(e.hold.errorSeconds)] : []));
  const reps = targeted.flatMap((e) => (e.reps ? [e.reps.exact] : []));
  const outside = targeted.flatMap((e) =>
    e.outside ? [e.outside.holdSeconds <= TARGETS.outsideHoldSlackS && e.outside.reps === 0] : [],
  );
  const form = targeted.flatMap((e) => (e.form.matches === undefined ? [] : [e.form.matches]));
  return {
    clips: evaluations.length,
    targeted: targeted.length,
    meetingTargets: targeted.filter((e) => e.misses.length === 0).length,
    hold: {
      clips: holds.length,
      within: holds.filter((h) => h <= TARGETS.holdErrorS).length,
      meanAbsErrorS: holds.length ? holds.reduce((a, b) => a + b, 0) / holds.length : 0,
      maxAbsErrorS: holds.length ? Math.max(...holds) : 0,
    },
    reps: { clips: reps.length, exact: reps.filter(Boolean).length },
    outside: {
      clips: outside.length,
      clean: outside.filter(Boolean).length,
      nearEdgeHoldSeconds: targeted.reduce(
        (sum, e) => sum + (e.outside?.nearEdgeHoldSeconds ?? 0),
        0,
      ),
    },
    form: { clips: form.length, matching: form.filter(Boolean).length },
    ...(stills ? { stills } : {}),
    engineMsPerFrame,
  };
}

export function summaryLines(summary: Summary): string[] {
  const lines = [
    `clips: ${summary.clips} evaluated, ${summary.targeted} with high/moderate labels to compare with, ${summary.meetingTargets} of them meet every target`,
    `hold time: ${summary.hold.within}/${summary.hold.clips} within ${TARGETS.holdErrorS} s (mean |error| ${s1(summary.hold.meanAbsErrorS)} s, max ${s1(summary.hold.maxAbsErrorS)} s)`,
    `reps: ${summary.reps.exact}/${summary.reps.clips} exact`,
    `nothing counted outside the labelled exercise: ${summary.outside.clean}/${summary.outside.clips} (hold time within ${TARGETS.labelToleranceS} s of a labelled edge is not a miss: ${s1(summary.outside.nearEdgeHoldSeconds)} s in all)`,
    `form verdict matches the label: ${summary.form.matching}/${summary.form.clips}`,
  ];
  const stills = summary.stills;
  if (stills) lines.push(...stillLines(stills));
  lines.push(
    `engine: ${summary.engineMsPerFrame.toFixed(3)} ms a frame (mean over every clip frame)`,
  );
  return lines;
}

/**
 * The stills, both ways (see still-metrics.ts), each figure saying what it counts: the strict one
 * (the recogniser must name the labelled pose) and the "told apart" (the pairwise plank-or-dog
 * decision must name the labelled one of the two), to which the target applies.
 */
function stillLines(stills: StillSummary): string[] {
  const byLabel = (f: { correct: number; total: number }) => `${f.correct}/${f.total}`;
  const strict = stills.plankVsDog;
  const apart = stills.toldApart;
  const meets = apart.accuracy >= PLANK_VS_DOG_TARGET ? 'meets' : 'MISSES';
  return [
    `stills, strict (the recogniser names the labelled pose; nothing or another pose is a miss): ${stills.correct}/${stills.total}; plank and downward-dog stills ${strict.correct}/${strict.total} (${pct(strict.accuracy)}), ${strict.confused} taken for the other`,
    `stills, plank vs downward dog told apart (the pairwise decision from the body line, straight or inverted V, names the labelled one; undecided counts as a failure): ${apart.correct}/${apart.total} (${pct(apart.accuracy)}, ${meets} the ${pct(PLANK_VS_DOG_TARGET)} target; planks ${byLabel(apart.byLabel.plank)}, downward dogs ${byLabel(apart.byLabel['downward-dog'])}), ${apart.undecided} undecided`,
  ];
}

export function missLines(
  evaluations: readonly ClipEvaluation[],
  failures: readonly ClipFailure[],
  stills: StillSummary | undefined,
): string[] {
  const lines = evaluations
    .filter((e) => e.misses.length)
    .map((e) => `${e.clip}: ${e.misses.join('; ')}`);
  for (const f of failures) lines.push(`${f.clip}: ${f.kind}: ${f.reason}`);
  for (const m of stills?.misses ?? []) {
    lines.push(`${m.file}: recognised ${m.recognised ?? 'nothing'}, labelled ${m.labelled}`);
  }
  for (const m of stills?.toldApart.misses ?? []) {
    const decision = m.pairDecision
      ? `told apart as ${m.pairDecision}`
      : 'not told apart (no body line)';
    lines.push(`${m.file}: plank vs downward dog: ${decision}, labelled ${m.labelled}`);
  }
  return lines;
}
