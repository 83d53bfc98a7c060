/**
 * Hand-made poses for tests: a stick figure drawn side-on in centimetres with y pointing UP (as one
 * would sketch it), turned into the 33 aspect-corrected points a checker sees. Left and right
 * landmarks of a pair are drawn 2 cm apart in x, as a side view shows them.
 */
import { SIDE_INDICES } from '../../../src/form/body/body-side';
import { LANDMARK, LANDMARK_COUNT } from '../../../src/pose/landmarks';
import type { Point } from '../../../src/form/types';

export interface StickFigure {
  nose: [number, number];
  ear: [number, number];
  shoulder: [number, number];
  elbow: [number, number];
  wrist: [number, number];
  hip: [number, number];
  knee: [number, number];
  ankle: [number, number];
}

type PairedJoint = Exclude<keyof StickFigure, 'nose'>;
const PAIRED_JOINTS: PairedJoint[] = ['ear', 'shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle'];

/** The figure as points (scaled by `scale` cm per unit, moved by `offset`), all fully visible. */
export function drawStickFigure(
  figure: StickFigure,
  { scale = 0.01, offset = { x: 0.2, y: 0.9 } } = {},
): { points: Point[]; visibility: number[] } {
  const at = ([x, up]: [number, number], dx = 0): Point => ({
    x: offset.x + (x + dx) * scale,
    y: offset.y - up * scale,
  });
  const points: Point[] = Array.from({ length: LANDMARK_COUNT }, () => at(figure.hip));
  for (const joint of PAIRED_JOINTS) {
    const left = SIDE_INDICES.left[joint];
    const right = SIDE_INDICES.right[joint];
    points[left] = at(figure[joint], -1);
    points[right] = at(figure[joint], 1);
  }
  points[LANDMARK.nose] = at(figure.nose);
  for (const eye of [LANDMARK.leftEye, LANDMARK.rightEye]) {
    points[eye] = at([(figure.nose[0] + figure.ear[0]) / 2, (figure.nose[1] + figure.ear[1]) / 2]);
  }
  return { points, visibility: points.map(() => 1) };
}

/** Downward dog, side-on: hands and feet on the floor, hips the apex of an inverted V. */
export const downwardDogSketch: StickFigure = {
  wrist: [0, 0],
  elbow: [12, 22],
  shoulder: [25, 45],
  hip: [70, 90],
  knee: [95, 45],
  ankle: [120, 0],
  ear: [15, 38],
  nose: [10, 33],
};
