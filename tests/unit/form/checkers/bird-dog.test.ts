import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { getChecker } from '../../../../src/form/checkers/registry';
import { createFormEngine } from '../../../../src/form/engine';
import type { FrameAssessment } from '../../../../src/form/types';
import { exerciseSpec } from '../helpers/content';
import { allFours, farSideBehind, standingSide } from '../helpers/figures';
import { runClip } from '../helpers/fixtures';
import { sideViewFrame, type Figure } from '../helpers/synthetic-pose';

const armForward: Partial<Figure> = { elbow: [0.22, 0.45], wrist: [0.12, 0.46] };
const legBack: Partial<Figure> = { knee: [0.8, 0.46], ankle: [0.95, 0.47] };

/** Near (left) arm and far (right) leg raised: a left rep; or the mirror. */
function lift(side: 'left' | 'right' | null, legHeight = 0.46): { near: Figure; far: Figure } {
  const near: Figure = { ...allFours };
  const far: Figure = farSideBehind(allFours);
  if (side === 'left') {
    Object.assign(near, armForward);
    Object.assign(far, { knee: [0.8, legHeight], ankle: [0.95, legHeight + 0.01] });
  }
  if (side === 'right') {
    Object.assign(far, armForward);
    Object.assign(near, legBack);
  }
  return { near, far };
}

function assess(near: Figure, far?: Figure): FrameAssessment {
  const definition = getChecker('bird-dog');
  const run = definition.create(
    definition.paramsSchema.parse(exerciseSpec('bird-dog').checker.params),
  );
  return run(buildBodyFrame(sideViewFrame(near, far ? { far } : {}))!);
}

describe('bird-dog checker', () => {
  it('rests on all fours, lifts a diagonal, and names the side by the arm', () => {
    const rest = assess(allFours);
    expect(rest.inPosition).toBe(true);
    expect(rest.movement!).toBeLessThan(20);
    const left = lift('left');
    const a = assess(left.near, left.far);
    expect(a.movement!).toBeGreaterThan(80);
    expect(a.side).toBe('left');
    expect(a.faults).toEqual([]);
    const right = lift('right');
    expect(assess(right.near, right.far).side).toBe('right');
  });

  it('sees a leg left low', () => {
    const low = lift('left', 0.72);
    expect(assess(low.near, low.far).faults.map((f) => f.id)).toContain('leg-too-low');
  });

  it('is not in position standing', () => {
    expect(assess(standingSide).inPosition).toBe(false);
  });

  it('counts reps per side through the engine', () => {
    const engine = createFormEngine(exerciseSpec('bird-dog'));
    let t = 0;
    const hold = (pose: { near: Figure; far: Figure }, ms: number) => {
      for (const end = t + ms; t < end; t += 33) {
        engine.update(sideViewFrame(pose.near, { far: pose.far, timestampMs: t }));
      }
    };
    for (const side of ['left', 'right', 'left'] as const) {
      hold(lift(null), 1000);
      hold(lift(side), 2000);
    }
    hold(lift(null), 1000);
    expect(engine.summary().repsBySide).toEqual({ left: 2, right: 1 });
  });
});

describe('bird-dog on recorded clips', () => {
  it('bird-dog-phone: 2 reps, one per side, though the far arm and the feet leave the picture', () => {
    const { summary } = runClip('bird-dog-phone', 'bird-dog');
    expect(summary.reps).toBe(2);
    expect(summary.repsBySide).toEqual({ left: 1, right: 1 });
  });
});
