import { describe, expect, it } from 'vitest';
import type { PoseFrame } from '../../../../src/pose/landmarks';
import { anchorFrom, fitPicture, frameInBox } from '../../../../src/ui/workout/picture-fit';

const CAMERA_4_3 = { width: 640, height: 480 };
const CAMERA_16_9 = { width: 1280, height: 720 };
const LAPTOP = { width: 1280, height: 800 };

describe('fitPicture', () => {
  it('covers a 1280x800 screen with a 4:3 camera: full width, 80 px cropped top and bottom', () => {
    expect(fitPicture(CAMERA_4_3, LAPTOP, 'cover')).toEqual({
      x: 0,
      y: -80,
      width: 1280,
      height: 960,
    });
  });

  it('covers with a 16:9 camera: full height, the sides cropped, placed by the anchor', () => {
    const width = (1280 * 800) / 720;
    expect(fitPicture(CAMERA_16_9, LAPTOP, 'cover')).toEqual({
      x: (1280 - width) / 2,
      y: 0,
      width,
      height: 800,
    });
    expect(fitPicture(CAMERA_16_9, LAPTOP, 'cover', { x: 0, y: 0.5 }).x).toBeCloseTo(0);
    expect(fitPicture(CAMERA_16_9, LAPTOP, 'cover', { x: 1, y: 0.5 }).x).toBeCloseTo(1280 - width);
  });

  it('contains on a phone: the whole picture, bands above and below', () => {
    const fit = fitPicture(CAMERA_4_3, { width: 390, height: 500 }, 'contain');
    expect(fit.width).toBe(390);
    expect(fit.height).toBeCloseTo(292.5);
    expect(fit.x).toBe(0);
    expect(fit.y).toBeCloseTo((500 - 292.5) / 2);
  });
});

describe('frameInBox', () => {
  const frame: PoseFrame = {
    timestampMs: 5,
    width: 640,
    height: 480,
    poses: [
      {
        landmarks: [
          { x: 0.5, y: 0.5, z: 0, visibility: 1 },
          { x: 0, y: 0, z: 0, visibility: 0.9 },
          { x: 1, y: 1, z: 0, visibility: 0.2 },
        ],
        worldLandmarks: [],
      },
    ],
  };

  it('puts each point where the covered picture shows it, in the box size', () => {
    const fit = fitPicture(CAMERA_4_3, LAPTOP, 'cover');
    const seen = frameInBox(frame, LAPTOP, fit);
    expect(seen.width).toBe(1280);
    expect(seen.height).toBe(800);
    const [middle, corner, far] = seen.poses[0]!.landmarks;
    // The middle stays in the middle; the picture's corners are cropped off (outside 0-1).
    expect(middle!.x * 1280).toBeCloseTo(640);
    expect(middle!.y * 800).toBeCloseTo(400);
    expect(corner!.y * 800).toBeCloseTo(-80);
    expect(far!.y * 800).toBeCloseTo(880);
    expect(far!.visibility).toBe(0.2);
    expect(seen.timestampMs).toBe(5);
  });

  it('leaves the frame given unchanged', () => {
    frameInBox(frame, LAPTOP, fitPicture(CAMERA_4_3, LAPTOP, 'cover'));
    expect(frame.poses[0]!.landmarks[1]).toEqual({ x: 0, y: 0, z: 0, visibility: 0.9 });
  });
});

describe('anchorFrom', () => {
  it('reads the computed object-position, and falls back to the middle', () => {
    expect(anchorFrom('0% 50%')).toEqual({ x: 0, y: 0.5 });
    expect(anchorFrom('100% 25%')).toEqual({ x: 1, y: 0.25 });
    expect(anchorFrom('left top')).toEqual({ x: 0.5, y: 0.5 });
  });
});
