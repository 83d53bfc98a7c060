import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isZipArchive } from '../../../src/pose/model-bytes';

describe('isZipArchive', () => {
  it('accepts the real .task model (whose first bytes are padding, not a zip header)', () => {
    const model = new Uint8Array(readFileSync('models/pose_landmarker_full.task'));
    expect(Array.from(model.slice(0, 2))).toEqual([0, 0]);
    expect(isZipArchive(model)).toBe(true);
  });

  it('refuses random bytes, an HTML error page and a download cut in half', () => {
    expect(isZipArchive(new Uint8Array(randomBytes(4096)))).toBe(false);
    expect(isZipArchive(new TextEncoder().encode('<!doctype html><p>Not found</p>'))).toBe(false);
    const model = new Uint8Array(readFileSync('models/pose_landmarker_full.task'));
    expect(isZipArchive(model.slice(0, model.length / 2))).toBe(false);
    expect(isZipArchive(new Uint8Array(0))).toBe(false);
  });
});
