/**
 * The page's JS heap by what fills it: a V8 heap snapshot (taken over the DevTools protocol, after
 * the garbage collection it forces) summed per constructor or kind, and the difference between two,
 * so that a heap that grows over a soak can be told apart: our objects, the framework's, or V8's.
 */
import type { Page } from '@playwright/test';

/** Count and bytes of one kind of object, e.g. "object Array" or "closure onResult". */
export interface HeapGroup {
  count: number;
  bytes: number;
}

export type HeapSummary = Map<string, HeapGroup>;

/** The parts of V8's .heapsnapshot format that the summary reads. */
export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
  strings: string[];
}

/** Sums a snapshot's nodes by type and name (a constructor's name for objects). */
export function summariseHeap(snapshot: HeapSnapshotJson): HeapSummary {
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0] as string[];
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const summary: HeapSummary = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const kind = typeNames[snapshot.nodes[i + type]!]!;
    // Strings and numbers are named by their value: grouped by kind alone.
    const named = kind === 'object' || kind === 'closure' || kind === 'native';
    const key = named ? `${kind} ${snapshot.strings[snapshot.nodes[i + name]!]!}` : kind;
    const group = summary.get(key) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += snapshot.nodes[i + size]!;
    summary.set(key, group);
  }
  return summary;
}

export async function takeHeapSummary(page: Page): Promise<HeapSummary> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (event) => chunks.push(event.chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return summariseHeap(JSON.parse(chunks.join('')) as HeapSnapshotJson);
}

/** What grew from `before` to `after`, largest growth in bytes first. */
export function heapGrowth(
  before: HeapSummary,
  after: HeapSummary,
  top = 15,
): { key: string; bytes: number; count: number }[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .map((key) => ({
      key,
      bytes: (after.get(key)?.bytes ?? 0) - (before.get(key)?.bytes ?? 0),
      count: (after.get(key)?.count ?? 0) - (before.get(key)?.count ?? 0),
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}
