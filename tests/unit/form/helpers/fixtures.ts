import { existsSync } from 'node:fs';
import { decodeFrames } from '../../../fixtures/fixture-codec';
import { clipFixturePath, readClipFixture } from '../../../fixtures/fixture-files';
import type { PoseFrame } from '../../../../src/pose/landmarks';
import { PoseSmoother } from '../../../../src/pose/pose-smoother';
import { createFormEngine } from '../../../../src/form/engine';
import type { EngineState, EngineSummary } from '../../../../src/form/types';
import { exerciseSpec } from './content';
import { loadClipFixture } from '../../../fixtures/load-fixture';
import type { ClipLabel } from '../../../eval/labels';

export function hasClipFixture(clip: string): boolean {
  return existsSync(clipFixturePath(clip));
}

/** A recorded clip's frames, smoothed as the app smooths them. */
export function clipFrames(clip: string): PoseFrame[] {
  const smoother = new PoseSmoother();
  return decodeFrames(readClipFixture(clipFixturePath(clip)).frames).map((f) => smoother.smooth(f));
}

/** Runs an exercise's engine over a recorded clip. */
export function runClip(
  clip: string,
  exercise: string,
): { states: EngineState[]; summary: EngineSummary } {
  const engine = createFormEngine(exerciseSpec(exercise));
  const states = clipFrames(clip).map((frame) => engine.update(frame));
  return { states, summary: engine.summary() };
}

/**
 * Runs a recorded clip, its frames changed by `alter` (poses missed, landmarks glitched), through
 * its exercise's engine as the app runs it: the set's summary and the clip's label.
 */
export function summaryOfAltered(
  clip: string,
  alter: (frames: readonly PoseFrame[]) => PoseFrame[],
): { summary: EngineSummary; label: ClipLabel } {
  const { frames, label } = loadClipFixture(clip);
  const engine = createFormEngine(exerciseSpec(label.exercise));
  const smoother = new PoseSmoother();
  for (const frame of alter(frames)) engine.update(smoother.smooth(frame));
  return { summary: engine.summary(), label };
}
