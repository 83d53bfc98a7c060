import { describe, expect, it } from 'vitest';
import { otherOfPair, summariseStills } from '../../eval/still-metrics';

describe('still summary', () => {
  it('scores plank vs downward dog on those stills only, listing every miss', () => {
    const summary = summariseStills([
      { file: 'a', labelled: 'plank', recognised: 'high-plank', correct: true, confused: false },
      { file: 'b', labelled: 'plank', recognised: 'downward-dog', correct: false, confused: true },
      {
        file: 'c',
        labelled: 'downward-dog',
        recognised: 'downward-dog',
        correct: true,
        confused: false,
      },
      { file: 'd', labelled: 'downward-dog', recognised: null, correct: false, confused: false },
      { file: 'e', labelled: 'glute-bridge', recognised: 'plank', correct: false, confused: false },
    ]);
    expect(summary.total).toBe(5);
    expect(summary.correct).toBe(2);
    expect(summary.plankVsDog).toEqual({ total: 4, correct: 2, accuracy: 0.5, confused: 1 });
    expect(summary.misses.map((m) => m.file)).toEqual(['b', 'd', 'e']);
  });
});

describe('plank and downward dog', () => {
  it('are each the other of the pair; other poses have none', () => {
    expect(otherOfPair('plank')).toBe('downward-dog');
    expect(otherOfPair('downward-dog')).toBe('plank');
    expect(otherOfPair('glute-bridge')).toBeUndefined();
  });
});
