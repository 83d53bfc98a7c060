import { describe, expect, it } from 'vitest';
import type { ClipEvaluation } from '../../eval/clip-evaluation';
import { clipTable, missLines, summarise, summaryLines } from '../../eval/report';

function evaluation(fields: Partial<ClipEvaluation>): ClipEvaluation {
  return {
    clip: 'c',
    exercise: 'plank',
    confidence: 'high',
    targeted: true,
    frames: 10,
    detectionRate: 1,
    form: { verdict: 'good', meanScore: 90, judgedFrames: 10, labelled: 'good', matches: true },
    misses: [],
    spoken: [],
    ...fields,
  };
}

describe('evaluation report', () => {
  const evaluations = [
    evaluation({
      clip: 'ok-hold',
      hold: { labelledSeconds: 3, engineSeconds: 2.6, errorSeconds: -0.4 },
      outside: { holdSeconds: 0, nearEdgeHoldSeconds: 0.4, reps: 0 },
    }),
    evaluation({
      clip: 'missed-hold',
      hold: { labelledSeconds: 5, engineSeconds: 2, errorSeconds: -3 },
      outside: { holdSeconds: 1.5, nearEdgeHoldSeconds: 0, reps: 0 },
      misses: ['hold 2.0 s vs 5.0 s labelled', '1.5 s of hold counted outside'],
    }),
    evaluation({
      clip: 'low',
      confidence: 'low',
      targeted: false,
      hold: { labelledSeconds: 5, engineSeconds: 0, errorSeconds: -5 },
    }),
  ];

  it('summarises the targets over the high- and moderate-confidence clips only', () => {
    const summary = summarise(evaluations, undefined, 0.2);
    expect(summary).toMatchObject({
      clips: 3,
      targeted: 2,
      meetingTargets: 1,
      hold: { clips: 2, within: 1, maxAbsErrorS: 3 },
      outside: { clips: 2, clean: 1, nearEdgeHoldSeconds: 0.4 },
      form: { clips: 2, matching: 2 },
    });
    expect(summary.hold.meanAbsErrorS).toBeCloseTo(1.7);
    expect(summaryLines(summary)[1]).toBe(
      'hold time: 1/2 within 1 s (mean |error| 1.7 s, max 3.0 s)',
    );
  });

  it('prints a row per clip with its result, and every miss and failure', () => {
    const failure = { clip: 'broken', exercise: 'x', kind: 'error' as const, reason: 'boom' };
    const rows = clipTable(evaluations, [failure]);
    expect(rows).toHaveLength(2 + 4);
    expect(rows.find((r) => r.startsWith('missed-hold'))).toMatch(/2\.0\/5\.0 .* MISS\(2\)$/);
    expect(rows.find((r) => r.startsWith('low'))).toMatch(/info$/);
    // Hold time just past a labelled edge is shown, and the clip still meets its targets.
    expect(rows.find((r) => r.startsWith('ok-hold'))).toMatch(/0\.0s 0r \+0\.4s edge .* ok$/);
    const unlabelled = evaluation({
      clip: 'notes-only',
      form: { verdict: 'good', meanScore: 90, judgedFrames: 10 },
    });
    expect(clipTable([unlabelled], []).at(-1)).toMatch(/n\/a$/);
    expect(summarise([unlabelled], undefined, 0).targeted).toBe(0);
    expect(missLines(evaluations, [failure], undefined)).toEqual([
      'missed-hold: hold 2.0 s vs 5.0 s labelled; 1.5 s of hold counted outside',
      'broken: error: boom',
    ]);
  });
});
