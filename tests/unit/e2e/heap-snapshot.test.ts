import { describe, expect, it } from 'vitest';
import { heapGrowth, summariseHeap, type HeapSnapshotJson } from '../../e2e/heap-snapshot';

/** A snapshot in V8's layout: nodes are flat rows of [type, name, self_size]. */
function snapshot(rows: [number, number, number][]): HeapSnapshotJson {
  return {
    snapshot: {
      meta: { node_fields: ['type', 'name', 'self_size'], node_types: [['object', 'string']] },
    },
    nodes: rows.flat(),
    strings: ['Array', 'PoseFrame', 'some text'],
  };
}

describe('heap snapshot summary', () => {
  it('sums objects by constructor and strings by kind', () => {
    const summary = summariseHeap(
      snapshot([
        [0, 0, 16],
        [0, 0, 32],
        [0, 1, 100],
        [1, 2, 40],
      ]),
    );
    expect(summary.get('object Array')).toEqual({ count: 2, bytes: 48 });
    expect(summary.get('object PoseFrame')).toEqual({ count: 1, bytes: 100 });
    expect(summary.get('string')).toEqual({ count: 1, bytes: 40 });
  });

  it('lists what grew, largest first', () => {
    const before = summariseHeap(snapshot([[0, 1, 100]]));
    const after = summariseHeap(
      snapshot([
        [0, 1, 100],
        [0, 1, 100],
        [0, 0, 16],
      ]),
    );
    expect(heapGrowth(before, after)).toEqual([
      { key: 'object PoseFrame', bytes: 100, count: 1 },
      { key: 'object Array', bytes: 16, count: 1 },
    ]);
  });
});
