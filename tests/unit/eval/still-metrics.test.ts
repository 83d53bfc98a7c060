import { describe, expect, it } from 'vitest';
import { missLines, summarise, summaryLines } from '../../eval/report';
import { otherOfPair, summariseStills, type StillResult } from '../../eval/still-metrics';

/** One still; a plank or downward-dog still gets a pairwise decision (the labelled one by default). */
function still(
  file: string,
  labelled: string,
  recognised: string | null,
  pairDecision: string | null | undefined = otherOfPair(labelled) ? labelled : undefined,
): StillResult {
  const correct = recognised === labelled || (labelled === 'plank' && recognised === 'high-plank');
  const other = otherOfPair(labelled);
  return {
    file,
    labelled,
    recognised,
    correct,
    confused: other !== undefined && recognised === other,
    ...(pairDecision !== undefined ? { pairDecision } : {}),
  };
}

const RESULTS: StillResult[] = [
  still('a', 'plank', 'high-plank'),
  still('b', 'plank', 'downward-dog', 'downward-dog'),
  still('c', 'downward-dog', 'downward-dog'),
  // Recognised as nothing, but the pairwise decision names the labelled pose: told apart.
  still('d', 'downward-dog', null, 'downward-dog'),
  // Recognised as nothing and no body line: neither recognised nor told apart.
  still('e', 'downward-dog', null, null),
  // Another position, on the right side of the pair: told apart, not recognised as labelled.
  still('f', 'plank', 'side-plank', 'plank'),
  still('g', 'glute-bridge', 'plank'),
];

describe('still summary', () => {
  const summary = summariseStills(RESULTS);

  it('counts the strict figure, recognised as labelled, listing every miss', () => {
    expect(summary.total).toBe(7);
    expect(summary.correct).toBe(2);
    expect(summary.misses.map((m) => m.file)).toEqual(['b', 'd', 'e', 'f', 'g']);
    expect(summary.plankVsDog).toEqual({ total: 6, correct: 2, accuracy: 2 / 6, confused: 1 });
  });

  it('counts plank and downward-dog stills told apart by the pairwise decision', () => {
    const { misses, byLabel, ...figure } = summary.toldApart;
    expect(figure).toEqual({ total: 6, correct: 4, accuracy: 4 / 6, undecided: 1 });
    expect(misses.map((m) => m.file)).toEqual(['b', 'e']);
    expect(byLabel.plank).toEqual({ total: 3, correct: 2, accuracy: 2 / 3 });
    expect(byLabel['downward-dog']).toEqual({ total: 3, correct: 2, accuracy: 2 / 3 });
  });

  it('shows, per label, a decision that names a plank whatever it sees', () => {
    const alwaysPlank = summariseStills([
      still('p1', 'plank', 'plank'),
      still('p2', 'plank', 'plank'),
      still('p3', 'plank', 'plank'),
      still('d1', 'downward-dog', null, 'plank'),
    ]);
    expect(alwaysPlank.toldApart.accuracy).toBe(3 / 4);
    expect(alwaysPlank.toldApart.byLabel.plank.correct).toBe(3);
    expect(alwaysPlank.toldApart.byLabel['downward-dog']).toMatchObject({ total: 1, correct: 0 });
  });

  it('counts a still whose decision is missing as not told apart', () => {
    const { pairDecision: _dropped, ...undecided } = still('h', 'plank', 'high-plank');
    expect(summariseStills([undecided]).toldApart).toMatchObject({ correct: 0, undecided: 1 });
  });

  it('has no figure without plank or downward-dog stills', () => {
    const none = summariseStills([still('g', 'glute-bridge', 'glute-bridge')]);
    expect(none.plankVsDog.total).toBe(0);
    expect(none.toldApart.accuracy).toBeNaN();
  });
});

describe('still report', () => {
  const stills = summariseStills(RESULTS);
  const lines = summaryLines(summarise([], stills, 0));

  it('prints both figures, each saying what it counts, the target on the told-apart one', () => {
    const strict = lines.find((l) => l.startsWith('stills, strict'));
    const apart = lines.find((l) => l.startsWith('stills, plank vs downward dog told apart'));
    expect(strict).toContain('2/7');
    expect(strict).toContain('plank and downward-dog stills 2/6 (33%), 1 taken for the other');
    expect(apart).toContain(
      '4/6 (67%, MISSES the 95% target; planks 2/3, downward dogs 2/3), 1 undecided',
    );
  });

  it('lists the strict misses and the stills not told apart', () => {
    const misses = missLines([], [], stills);
    expect(misses).toContain('d: recognised nothing, labelled downward-dog');
    expect(misses).toContain(
      'b: plank vs downward dog: told apart as downward-dog, labelled plank',
    );
    expect(misses).toContain(
      'e: plank vs downward dog: not told apart (no body line), labelled downward-dog',
    );
    expect(misses).not.toContain(
      'd: plank vs downward dog: told apart as downward-dog, labelled downward-dog',
    );
  });
});

describe('plank and downward dog', () => {
  it('are each the other of the pair; other poses have none', () => {
    expect(otherOfPair('plank')).toBe('downward-dog');
    expect(otherOfPair('downward-dog')).toBe('plank');
    expect(otherOfPair('glute-bridge')).toBeUndefined();
  });
});
