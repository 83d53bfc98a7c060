import { describe, expect, it } from 'vitest';
import { clipId, clipLabelSchema } from '../../eval/labels';
import { labelledReps } from '../../eval/rep-metrics';
import {
  originalClipId,
  variantById,
  variantFile,
  variantLabel,
  VARIANTS,
} from '../../eval/variants';

const neck = clipLabelSchema.parse({
  file: 'clips/neck-turns-webcam.mp4',
  exercise: 'neck-turns',
  view: 'front',
  reps: 3,
  leftPeaks: [1, 5],
  rightPeaks: [3],
  confidence: 'high',
});

describe('clip variants', () => {
  it('names each variant file after the clip, so it has its own clip id and cache entry', () => {
    const file = variantFile(neck.file, { id: 'crop' });
    expect(file).toBe('clips/neck-turns-webcam--crop.mp4');
    expect(clipId(file)).toBe('neck-turns-webcam--crop');
    expect(originalClipId(clipId(file))).toBe('neck-turns-webcam');
    expect(originalClipId('neck-turns-webcam')).toBe('neck-turns-webcam');
  });

  it('keeps every labelled time, and swaps image-left and image-right peaks in the mirror image', () => {
    const dark = variantLabel(neck, variantById('dark')!);
    expect(dark).toMatchObject({ leftPeaks: [1, 5], rightPeaks: [3], reps: 3 });
    const mirror = variantLabel(neck, variantById('mirror')!);
    expect(mirror).toMatchObject({ leftPeaks: [3], rightPeaks: [1, 5], reps: 3 });
    // The person's own sides, as the model will name them in the mirror image, swap too.
    expect(labelledReps(neck)?.bySide).toEqual({ left: 1, right: 2 });
    expect(labelledReps(mirror)?.bySide).toEqual({ left: 2, right: 1 });
  });

  it('has the six transforms the issue asks for, the crop and the dark picture first', () => {
    expect(VARIANTS.map((v) => v.id).slice(0, 6)).toEqual([
      'crop',
      'dark',
      'mirror',
      '360p',
      '15fps',
      'drift',
    ]);
    // And two of the app's own use: filmed from 2-3 metres, with a camera not quite level.
    expect(VARIANTS.map((v) => v.id).slice(6)).toEqual(['far', 'tilt']);
    expect(VARIANTS.filter((v) => v.mirrored).map((v) => v.id)).toEqual(['mirror']);
  });
});
