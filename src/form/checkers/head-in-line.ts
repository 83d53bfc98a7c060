import { z } from 'zod';
import { distance } from '../geometry/distance';
import { distanceBelowLine } from '../geometry/distance-from-line';
import type { Point } from '../types';
import { severityAbove } from './severity';

/**
 * "Keep your neck in line with your back": the head judged against the line of the back, as a
 * physiotherapist sees it from the side. The ear should lie on the hip-to-shoulder line carried on
 * past the shoulder; a head that hangs (chin tucked, looking back at the feet) puts the ear below
 * it. Measured as the ear's distance below that line in torso lengths (shoulder to hip), so that it
 * does not depend on how far the person is from the camera, nor on the neck angle alone: with the
 * chin tucked, the ear stays close to the shoulder and the ear-shoulder-hip angle changes little
 * while the head hangs well below the line.
 */
export const headInLineShape = {
  /** The ear more than this share of the torso below the back's line: head-dropped. */
  maxHeadDrop: z.number().nonnegative(),
};

/** A drop this much (torso share) past the limit is full severity: about 10 cm on an adult. */
const FULL_SEVERITY_PAST = 0.2;

/** The ear's distance below the back's line (hip to shoulder, extended), in torso lengths. */
export function headDrop(ear: Point, shoulder: Point, hip: Point): number {
  const torso = distance(shoulder, hip);
  return torso > 0 ? distanceBelowLine(ear, hip, shoulder) / torso : 0;
}

/** head-dropped's severity (0 when the head is in line or above it). */
export function headDroppedSeverity(
  ear: Point,
  shoulder: Point,
  hip: Point,
  maxHeadDrop: number,
): number {
  const drop = headDrop(ear, shoulder, hip);
  return severityAbove(drop * 100, maxHeadDrop * 100, FULL_SEVERITY_PAST * 100);
}
