import { describe, expect, it } from 'vitest';
import { summariseStills } from '../../eval/still-metrics';

describe('still summary', () => {
  it('scores plank vs downward dog on those stills only, listing every miss', () => {
    const summary = summariseStills([
      { file: 'a', labelled: 'plank', recognised: 'high-plank', correct: true },
      { file: 'b', labelled: 'plank', recognised: 'downward-dog', correct: false },
      { file: 'c', labelled: 'downward-dog', recognised: 'downward-dog', correct: true },
      { file: 'd', labelled: 'downward-dog', recognised: null, correct: false },
      { file: 'e', labelled: 'glute-bridge', recognised: 'plank', correct: false },
    ]);
    expect(summary.total).toBe(5);
    expect(summary.correct).toBe(2);
    expect(summary.plankVsDog).toEqual({ total: 4, correct: 2, accuracy: 0.5 });
    expect(summary.misses.map((m) => m.file)).toEqual(['b', 'd', 'e']);
  });
});
