/**
 * Runs one checker over a sequence of frames the way the engine does (smoothing, BodyFrame, hold
 * timer, rep counter), with the parameters of the exercise's content file, and reports what was
 * timed and counted. Lets checker tests run on hand-made poses and on recorded footage alike.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import type { CheckerDefinition } from '../../../../src/form/checkers/checker-definition';
import type { TimingParams } from '../../../../src/form/checkers/timing-params';
import { createHoldTimer } from '../../../../src/form/timing/hold-timer';
import { createRepCounter, type CompletedRep } from '../../../../src/form/timing/rep-counter';
import type { FrameAssessment, Side } from '../../../../src/form/types';
import type { PoseFrame } from '../../../../src/pose/landmarks';
import { PoseSmoother } from '../../../../src/pose/pose-smoother';

const CONTENT_DIR = resolve(import.meta.dirname, '../../../../content/exercises');

/** The checker params of an exercise's content file, checked by the checker's own schema. */
export function contentParams<P extends TimingParams>(
  definition: CheckerDefinition<P>,
  exerciseId = definition.kind,
): P {
  const file = JSON.parse(readFileSync(resolve(CONTENT_DIR, `${exerciseId}.json`), 'utf8')) as {
    checker: { kind: string; params: unknown };
  };
  if (file.checker.kind !== definition.kind) {
    throw new Error(
      `${exerciseId}.json names checker ${file.checker.kind}, not ${definition.kind}`,
    );
  }
  return definition.paramsSchema.parse(file.checker.params);
}

export interface CheckerRun {
  /** [start, end] seconds of each bout of the hold clock. */
  holds: [number, number][];
  holdSeconds: number;
  reps: CompletedRep[];
  repsBySide: Record<Side, number>;
  assessments: (FrameAssessment | null)[];
}

export function runChecker<P extends TimingParams>(
  definition: CheckerDefinition<P>,
  params: P,
  frames: readonly PoseFrame[],
  { smooth = true } = {},
): CheckerRun {
  const assess = definition.create(params);
  const timer = createHoldTimer({ enterMs: params.holdEnterMs, exitMs: params.holdExitMs });
  const counter =
    definition.mode === 'reps'
      ? createRepCounter({
          style: definition.repStyle ?? 'out-and-back',
          range: definition.repRange ?? 'own',
          enter: params.repEnter ?? Number.NaN,
          exit: params.repExit ?? Number.NaN,
          minTopMs: params.repMinTopMs ?? 0,
        })
      : null;
  const smoother = new PoseSmoother();
  const holds: [number, number][] = [];
  const reps: CompletedRep[] = [];
  const assessments: (FrameAssessment | null)[] = [];
  let outSinceMs: number | null = null;
  for (const frame of frames) {
    const body = buildBodyFrame(smooth ? smoother.smooth(frame) : frame);
    const assessment = body ? assess(body) : null;
    assessments.push(assessment);
    const t = frame.timestampMs;
    const inPosition = assessment?.inPosition ?? false;
    let held = inPosition;
    if (counter) {
      // As the engine does: a rep under way is dropped once the person has been out of position
      // as long as a hold would pause; the hold of a rep exercise is the time at the top.
      if (inPosition) outSinceMs = null;
      else outSinceMs ??= t;
      if (outSinceMs !== null && t - outSinceMs >= params.holdExitMs) counter.abort();
      if (inPosition && assessment?.movement !== undefined) {
        const rep = counter.update(assessment.movement, t, assessment.side);
        if (rep) reps.push(rep);
      }
      held = inPosition && counter.at === 'high';
    }
    const event = timer.update(held, t);
    if (event?.type === 'started') holds.push([event.atMs / 1000, event.atMs / 1000]);
    const open = holds.at(-1);
    // A bout ends at its last frame in position (the grace before a pause is not held time).
    if (open && timer.holding && held) open[1] = t / 1000;
  }
  return {
    holds,
    holdSeconds: timer.seconds,
    reps,
    repsBySide: counter?.repsBySide ?? { left: 0, right: 0 },
    assessments,
  };
}

/** Seconds of `a` not inside any interval of `b`. */
export function secondsOutside(a: readonly [number, number][], b: readonly [number, number][]) {
  let outside = 0;
  for (const [start, end] of a) {
    let covered = 0;
    for (const [s, e] of b) covered += Math.max(0, Math.min(end, e) - Math.max(start, s));
    outside += end - start - covered;
  }
  return outside;
}
