import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The default model as documented in models/README.md; a changed file must be a deliberate change. */
const FULL_MODEL = {
  path: 'models/pose_landmarker_full.task',
  bytes: 9_398_198,
  sha256: '5134a3aad27a58b93da0088d431f366da362b44e3ccfbe3462b3827a839011b1',
};

describe('default pose model', () => {
  it('is the documented file, byte for byte', () => {
    const data = readFileSync(resolve(FULL_MODEL.path));
    expect(data.length).toBe(FULL_MODEL.bytes);
    expect(createHash('sha256').update(data).digest('hex')).toBe(FULL_MODEL.sha256);
  });

  it('is the checksum models/README.md gives', () => {
    expect(readFileSync(resolve('models/README.md'), 'utf8')).toContain(FULL_MODEL.sha256);
  });
});
