import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Models as documented in models/README.md; a changed file must be a deliberate change. */
const MODELS = [
  {
    path: 'models/pose_landmarker_full.task',
    bytes: 9_398_198,
    sha256: '5134a3aad27a58b93da0088d431f366da362b44e3ccfbe3462b3827a839011b1',
  },
  {
    path: 'models/movenet-lightning.json',
    bytes: 161_813,
    sha256: 'df8cbde44d00f533ccc4916a7c6ebc17316532fb3fadad114ec667fef22872e9',
  },
  {
    path: 'models/movenet-lightning.bin',
    bytes: 4_650_216,
    sha256: 'bf97bc10d9c8a11200b0190ed64ce039b6252f1aff7cb552aca99b3d191c2f34',
  },
  {
    path: 'models/movenet-thunder.json',
    bytes: 161_923,
    sha256: '7ac4e2a8449fc279f71b8b0ba52f7c5daafc124ce9b6bf7549289ca432e342b6',
  },
  {
    path: 'models/movenet-thunder.bin',
    bytes: 12_477_112,
    sha256: 'a2925747fccaf737c0f20eacdeff919efd5d514e90242397002a0de349dff18c',
  },
];

describe.each(MODELS)('pose model $path', (model) => {
  it('is the documented file, byte for byte', () => {
    const data = readFileSync(resolve(model.path));
    expect(data.length).toBe(model.bytes);
    expect(createHash('sha256').update(data).digest('hex')).toBe(model.sha256);
  });

  it('is the checksum models/README.md gives', () => {
    expect(readFileSync(resolve('models/README.md'), 'utf8')).toContain(model.sha256);
  });
});
