import { describe, expect, it } from 'vitest';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { getChecker } from '../../../../src/form/checkers/registry';
import { createFormEngine } from '../../../../src/form/engine';
import type { EngineState, FrameAssessment } from '../../../../src/form/types';
import { exerciseSpec } from '../helpers/content';
import { blend, bridgeRest, bridgeTop, standingSide, withJoint } from '../helpers/figures';
import { runClip } from '../helpers/fixtures';
import { rolledFrame } from '../../../eval/rolled-landmarks';
import { frameOf, sideViewFrame, type Figure } from '../helpers/synthetic-pose';

/** The bridge's top with the upper back come off the mat. */
const shouldersLifted: Figure = { ...bridgeTop, shoulder: [0.32, 0.5], hip: [0.5, 0.526] };

function assessWith(kind: string, figure: Figure): FrameAssessment {
  const definition = getChecker(kind);
  const assess = definition.create(
    definition.paramsSchema.parse(exerciseSpec(kind).checker.params),
  );
  const body = buildBodyFrame(sideViewFrame(figure));
  if (!body) throw new Error('no body');
  return assess(body);
}

/**
 * A bridge session at 30 fps: each entry lifts the hips to `height` (0 rest, 1 full top) for 1.5 s
 * then lowers them; `gone` entries are frames with nobody in the picture.
 */
function bridgeSession(lifts: (number | 'gone')[]): EngineState[] {
  const engine = createFormEngine(exerciseSpec('glute-bridge'));
  const states: EngineState[] = [];
  let t = 0;
  const step = 1000 / 30;
  const hold = (figure: Figure | null, ms: number) => {
    for (const end = t + ms; t < end; t += step) {
      states.push(
        engine.update(
          figure ? sideViewFrame(figure, { timestampMs: t }) : frameOf([], { timestampMs: t }),
        ),
      );
    }
  };
  hold(bridgeRest, 1000);
  for (const lift of lifts) {
    if (lift === 'gone') {
      hold(null, 1500);
      continue;
    }
    for (let i = 1; i <= 15; i++) hold(blend(bridgeRest, bridgeTop, (lift * i) / 15), step);
    hold(blend(bridgeRest, bridgeTop, lift), 1500);
    for (let i = 14; i >= 0; i--) hold(blend(bridgeRest, bridgeTop, (lift * i) / 15), step);
    hold(bridgeRest, 1000);
  }
  return states;
}

describe('bridge checkers on hand-made poses', () => {
  it('follows the hip extension as the movement signal', () => {
    const rest = assessWith('glute-bridge', bridgeRest);
    const top = assessWith('glute-bridge', bridgeTop);
    expect(rest.inPosition).toBe(true);
    expect(top.inPosition).toBe(true);
    expect(top.movement!).toBeGreaterThan(170);
    expect(rest.movement!).toBeLessThan(140);
    expect(top.faults).toEqual([]);
  });

  it('sees an over-arched back and hips not extended', () => {
    expect(
      assessWith('bridge-hold', withJoint(bridgeTop, 'hip', [0.5, 0.56])).faults.map((f) => f.id),
    ).toEqual(['back-over-arched']);
    const half = assessWith('bridge-hold', blend(bridgeRest, bridgeTop, 0.62));
    expect(half.faults.map((f) => f.id)).toEqual(['hips-not-extended']);
  });

  it('sees the feet far out in front of the knees', () => {
    const a = assessWith('bridge-hold', withJoint(bridgeTop, 'ankle', [0.8, 0.76]));
    expect(a.faults.map((f) => f.id)).toContain('knees-not-over-feet');
  });

  it('sees the shoulders come off the mat', () => {
    const a = assessWith('bridge-hold', shouldersLifted);
    expect(a.faults.map((f) => f.id)).toContain('shoulders-lifted');
  });

  it('reads the shoulders and shins against the mat learnt at rest, not a rolled picture', () => {
    // Lying at rest 2 s, then at the top 1 s, the whole picture rolled: 15 degrees puts the
    // shoulders half a torso above or below the ankles.
    const topFaults = (degrees: number, top: Figure) => {
      const definition = getChecker('bridge-hold');
      const assess = definition.create(
        definition.paramsSchema.parse(exerciseSpec('bridge-hold').checker.params),
      );
      let last: FrameAssessment | null = null;
      for (let t = 0; t <= 3000; t += 100) {
        const frame = sideViewFrame(t < 2000 ? bridgeRest : top, { timestampMs: t });
        last = assess(buildBodyFrame(rolledFrame(frame, degrees))!);
      }
      return last!.faults.map((f) => f.id);
    };
    for (const degrees of [15, -15]) {
      expect(topFaults(degrees, bridgeTop)).toEqual([]);
      expect(topFaults(degrees, shouldersLifted)).toContain('shoulders-lifted');
    }
  });

  it('holds only with the hips up, and never when standing', () => {
    expect(assessWith('bridge-hold', bridgeTop).inPosition).toBe(true);
    expect(assessWith('bridge-hold', bridgeRest).inPosition).toBe(false);
    expect(assessWith('bridge-hold', standingSide).inPosition).toBe(false);
    expect(assessWith('glute-bridge', standingSide).inPosition).toBe(false);
  });
});

describe('glute bridge reps through the engine', () => {
  it('counts full reps, with a score and a duration each, and times the top', () => {
    const states = bridgeSession([1, 1]);
    const last = states.at(-1)!;
    expect(last.reps).toBe(2);
    const reps = states.flatMap((s) => s.events).filter((e) => e.type === 'rep-completed');
    expect(reps).toHaveLength(2);
    for (const rep of reps) {
      expect(rep.score).toBeGreaterThan(80);
      expect(rep.durationMs).toBeGreaterThan(1500);
    }
    expect(last.holdSeconds).toBeGreaterThan(2.5);
    expect(last.holdSeconds).toBeLessThan(4.5);
  });

  it('does not count a half rep', () => {
    const states = bridgeSession([1, 0.5, 1]);
    expect(states.at(-1)!.reps).toBe(2);
  });

  it('gives a lower score to a rep that stops short of full extension', () => {
    const states = bridgeSession([1, 0.62]);
    const reps = states.flatMap((s) => s.events).filter((e) => e.type === 'rep-completed');
    expect(reps).toHaveLength(2);
    expect(reps[1]!.score).toBeLessThan(reps[0]!.score);
    expect(reps[1]!.worstFault).toBe('hips-not-extended');
  });

  it('does not count a rep when the person leaves the frame half-way', () => {
    const engine = createFormEngine(exerciseSpec('glute-bridge'));
    let t = 0;
    for (; t < 1000; t += 33) engine.update(sideViewFrame(bridgeRest, { timestampMs: t }));
    for (; t < 2500; t += 33) engine.update(sideViewFrame(bridgeTop, { timestampMs: t }));
    for (; t < 4000; t += 33) engine.update(frameOf([], { timestampMs: t }));
    let state = engine.update(sideViewFrame(bridgeRest, { timestampMs: t }));
    for (; t < 5000; t += 33) state = engine.update(sideViewFrame(bridgeRest, { timestampMs: t }));
    expect(state.reps).toBe(0);
  });
});

describe('glute bridge on recorded clips', () => {
  it('bridge-mat-1rep: one rep, the top held about as long as labelled (0.5-2.3 s)', () => {
    const { summary } = runClip('bridge-mat-1rep', 'glute-bridge');
    expect(summary.reps).toBe(1);
    expect(Math.abs(summary.holdSeconds - 1.8)).toBeLessThan(1);
    expect(summary.score).toBeGreaterThanOrEqual(80);
  });

  it('bridge-studio: starts at the top (not a rep), down, back up: one rep', () => {
    expect(runClip('bridge-studio', 'glute-bridge').summary.reps).toBe(1);
  });
});
