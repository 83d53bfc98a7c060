/**
 * Where a picture lands in a box under CSS `object-fit`: `cover` fills the box and crops what
 * sticks out (the landscape workout screen), `contain` fits the whole picture and leaves bands
 * (the phone's stacked layout). The skeleton is drawn through the same mapping as the video, so it
 * stays on the body however the picture is cropped.
 */
import type { PoseFrame } from '../../pose/landmarks';

export type FitMode = 'cover' | 'contain';

export interface Size {
  width: number;
  height: number;
}

/** The picture's rectangle in the box's pixels (it may start left of or above the box). */
export interface PictureFit {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The picture scaled to cover or fit the box, placed like `object-position`: `anchor` 0 puts the
 * picture's left (top) at the box's left (top), 1 its right (bottom) at the box's right (bottom).
 */
export function fitPicture(
  picture: Size,
  box: Size,
  mode: FitMode,
  anchor: { x: number; y: number } = { x: 0.5, y: 0.5 },
): PictureFit {
  const scaleX = box.width / picture.width;
  const scaleY = box.height / picture.height;
  const scale = mode === 'cover' ? Math.max(scaleX, scaleY) : Math.min(scaleX, scaleY);
  const width = picture.width * scale;
  const height = picture.height * scale;
  return {
    x: (box.width - width) * anchor.x,
    y: (box.height - height) * anchor.y,
    width,
    height,
  };
}

/**
 * The frame as seen in the box: a frame of the box's size whose landmarks (normalised to the box)
 * sit where the fitted picture shows them. Points cropped away fall outside 0-1.
 */
export function frameInBox(frame: PoseFrame, box: Size, fit: PictureFit): PoseFrame {
  return {
    ...frame,
    width: box.width,
    height: box.height,
    poses: frame.poses.map((pose) => ({
      ...pose,
      landmarks: pose.landmarks.map((point) => ({
        ...point,
        x: (fit.x + point.x * fit.width) / box.width,
        y: (fit.y + point.y * fit.height) / box.height,
      })),
    })),
  };
}

/** `object-position`'s first two values ("0% 50%", "100% 50%") as anchors; 50% when unreadable. */
export function anchorFrom(objectPosition: string): { x: number; y: number } {
  const [x, y] = objectPosition.split(/\s+/).map((part) => {
    const match = /^(-?[\d.]+)%$/.exec(part);
    return match ? Number(match[1]) / 100 : 0.5;
  });
  return { x: x ?? 0.5, y: y ?? 0.5 };
}
