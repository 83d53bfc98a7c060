/**
 * Runs the chain on labelled clips of one footage folder: landmarks (cached, committed or recorded
 * now), smoother and form engine, then the comparison with the labels.
 */
import { createFormEngine } from '../../src/form/engine';
import type { LandmarkSource } from '../fixtures/landmark-source';
import { recordingStats } from '../fixtures/recording-stats';
import { evaluateClip, type ClipEvaluation } from './clip-evaluation';
import { traceEngine } from './engine-trace';
import { exerciseSpecPath, readExerciseSpec } from './exercise-specs';
import { rolledFrame } from './rolled-landmarks';
import { framesAtTempo, labelAtTempo } from './tempo';
import { framesAtRate } from './frames-at-rate';
import { framesWithLandmarksGlitched } from './glitched-landmarks';
import { framesWithPosesMissed } from './missed-poses';
import { clipId, type ClipLabel } from './labels';
import type { ClipFailure } from './report';

export interface ClipRun {
  evaluations: ClipEvaluation[];
  failures: ClipFailure[];
  engineFrames: number;
  engineMs: number;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function runClips(
  source: LandmarkSource,
  labels: readonly ClipLabel[],
  options: {
    noRecord: boolean;
    rollDeg?: number;
    tempo?: number;
    fps?: number;
    missed?: { share: number; meanRun: number };
    glitched?: number;
  },
): Promise<ClipRun> {
  const run: ClipRun = { evaluations: [], failures: [], engineFrames: 0, engineMs: 0 };
  for (const label of labels) {
    const clip = clipId(label.file);
    try {
      const spec = readExerciseSpec(label.exercise);
      if (!spec) {
        const reason = `no ${exerciseSpecPath(label.exercise)}`;
        run.failures.push({ clip, exercise: label.exercise, kind: 'skipped', reason });
        continue;
      }
      if (options.noRecord && !source.isClipCached(label)) {
        const reason = 'not recorded yet (--no-record)';
        run.failures.push({ clip, exercise: label.exercise, kind: 'skipped', reason });
        continue;
      }
      const recording = await source.clip(label, ({ done, total }) =>
        process.stderr.write(
          `\r  recording ${clip}: ${done}/${total} frames${done === total ? '\n' : ''}`,
        ),
      );
      const roll = options.rollDeg ?? 0;
      const tempo = options.tempo ?? 1;
      const rolled = roll ? recording.frames.map((f) => rolledFrame(f, roll)) : recording.frames;
      const timed = tempo !== 1 ? framesAtTempo(rolled, tempo) : rolled;
      const rated = options.fps ? framesAtRate(timed, options.fps) : timed;
      const glitched = options.glitched
        ? framesWithLandmarksGlitched(rated, options.glitched)
        : rated;
      const frames = options.missed
        ? framesWithPosesMissed(glitched, options.missed.share, options.missed.meanRun)
        : glitched;
      const trace = traceEngine(frames, createFormEngine(spec));
      run.engineFrames += trace.samples.length;
      run.engineMs += trace.engineMsPerFrame * trace.samples.length;
      run.evaluations.push(
        evaluateClip(
          clip,
          tempo !== 1 ? labelAtTempo(label, tempo) : label,
          trace,
          recordingStats(recording).detectionRate,
        ),
      );
    } catch (error) {
      run.failures.push({ clip, exercise: label.exercise, kind: 'error', reason: message(error) });
    }
  }
  return run;
}
