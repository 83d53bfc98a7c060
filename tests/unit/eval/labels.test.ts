import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipId, readLabels } from '../../eval/labels';

function folderWith(labels: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'labels-'));
  writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels));
  return dir;
}

describe('labels.json', () => {
  it('reads clips and images, keeping fields it does not know', () => {
    const labels = readLabels(
      folderWith({
        version: 1,
        clips: [{ file: 'clips/a.mp4', exercise: 'plank', holds: [[0, 2]], camera: 'tripod' }],
        images: [{ file: 'stills/x.jpg', pose: 'plank' }],
      }),
    );
    expect(labels.clips[0]?.holds).toEqual([[0, 2]]);
    expect(labels.clips[0]?.['camera']).toBe('tripod');
    expect(labels.images).toHaveLength(1);
  });

  it('names the file and the bad field', () => {
    const dir = folderWith({
      version: 1,
      clips: [{ file: 'a.mp4', exercise: 'x', holds: [[3, 1]] }],
    });
    expect(() => readLabels(dir)).toThrow(
      /labels\.json: clips\.0\.holds\.0: interval ends before it starts/,
    );
    expect(() => readLabels(join(dir, 'missing'))).toThrow(/cannot read .*labels\.json/);
  });

  it('derives a clip id from the file name', () => {
    expect(clipId('clips/plank-studio.mp4')).toBe('plank-studio');
  });
});
