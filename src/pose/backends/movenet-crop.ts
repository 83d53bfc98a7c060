/**
 * Where MoveNet looks next: a square around the person found in the last frame, as MoveNet's
 * authors do in their TF Hub tutorial ("cropping algorithm"): the torso's and the body's extent from
 * the hip centre, enlarged (torso x1.9, body x1.2), or the whole picture padded to a square when the
 * torso was not seen. A person filling more of the model's input is found more precisely.
 * Regions are normalised to the picture and may reach past its edges (padding).
 */
import { COCO_KEYPOINTS, type Keypoint } from './movenet-keypoints';

export interface CropRegion {
  yMin: number;
  xMin: number;
  yMax: number;
  xMax: number;
}

/** A keypoint counts for the crop from this score (the tutorial's MIN_CROP_KEYPOINT_SCORE). */
export const MIN_CROP_KEYPOINT_SCORE = 0.2;
const TORSO_EXPANSION = 1.9;
const BODY_EXPANSION = 1.2;

const at = (name: (typeof COCO_KEYPOINTS)[number]) => COCO_KEYPOINTS.indexOf(name);
const TORSO = [at('leftShoulder'), at('rightShoulder'), at('leftHip'), at('rightHip')];

/** The whole picture, padded to a square around its centre. */
export function fullFrameCrop(width: number, height: number): CropRegion {
  if (width > height) {
    const boxHeight = width / height;
    const yMin = (1 - boxHeight) / 2;
    return { yMin, xMin: 0, yMax: yMin + boxHeight, xMax: 1 };
  }
  const boxWidth = height / width;
  const xMin = (1 - boxWidth) / 2;
  return { yMin: 0, xMin, yMax: 1, xMax: xMin + boxWidth };
}

function seen(keypoints: readonly Keypoint[], index: number): boolean {
  return (keypoints[index]?.score ?? 0) > MIN_CROP_KEYPOINT_SCORE;
}

function torsoSeen(k: readonly Keypoint[]): boolean {
  return (
    (seen(k, at('leftHip')) || seen(k, at('rightHip'))) &&
    (seen(k, at('leftShoulder')) || seen(k, at('rightShoulder')))
  );
}

/** The crop for the next frame from this frame's keypoints (normalised to the picture). */
export function nextCrop(
  keypoints: readonly Keypoint[],
  width: number,
  height: number,
): CropRegion {
  if (!torsoSeen(keypoints)) return fullFrameCrop(width, height);
  const px = keypoints.map((k) => ({ x: k.x * width, y: k.y * height, score: k.score }));
  const leftHip = px[at('leftHip')]!;
  const rightHip = px[at('rightHip')]!;
  const cx = (leftHip.x + rightHip.x) / 2;
  const cy = (leftHip.y + rightHip.y) / 2;
  let torsoX = 0;
  let torsoY = 0;
  for (const i of TORSO) {
    torsoX = Math.max(torsoX, Math.abs(cx - px[i]!.x));
    torsoY = Math.max(torsoY, Math.abs(cy - px[i]!.y));
  }
  let bodyX = 0;
  let bodyY = 0;
  px.forEach((p, i) => {
    if (!seen(keypoints, i)) return;
    bodyX = Math.max(bodyX, Math.abs(cx - p.x));
    bodyY = Math.max(bodyY, Math.abs(cy - p.y));
  });
  let half = Math.max(
    torsoX * TORSO_EXPANSION,
    torsoY * TORSO_EXPANSION,
    bodyX * BODY_EXPANSION,
    bodyY * BODY_EXPANSION,
  );
  half = Math.min(half, Math.max(cx, width - cx, cy, height - cy));
  if (half > Math.max(width, height) / 2 || half <= 0) return fullFrameCrop(width, height);
  return {
    yMin: (cy - half) / height,
    xMin: (cx - half) / width,
    yMax: (cy + half) / height,
    xMax: (cx + half) / width,
  };
}

/** A keypoint found in the crop (0-1 of the crop) in the whole picture's coordinates. */
export function fromCrop(crop: CropRegion, y: number, x: number): { x: number; y: number } {
  return {
    y: crop.yMin + y * (crop.yMax - crop.yMin),
    x: crop.xMin + x * (crop.xMax - crop.xMin),
  };
}
