import { defineHeadExcursionChecker, shoulderTilt } from './head-movement-family';

/**
 * Neck tilts, facing the camera: each tilt of the ear toward one shoulder is one rep of that
 * side, counted as the head gets there (an excursion), read from the eye line against the
 * shoulder line. Hitching the shoulder up to the ear instead is the fault to catch.
 */
export const neckTiltsChecker = defineHeadExcursionChecker({
  kind: 'neck-tilts',
  angle: (head) => head.rollDeg,
  shoulders: { createMeasure: () => shoulderTilt, faultId: 'shoulders-raised' },
  tooSmallFaultId: 'tilt-too-small',
});
