import { defineHeadExcursionChecker } from './head-movement-family';
import { createSeenShoulderTurn } from './seen-shoulder-turn';

/**
 * Neck turns, facing the camera: each turn of the head to one side is one rep of that side,
 * counted as the head gets there (an excursion), read from the nose's place between the ears; the
 * shoulders should stay square.
 */
export const neckTurnsChecker = {
  ...defineHeadExcursionChecker({
    kind: 'neck-turns',
    angle: (head) => head.yawDeg,
    shoulders: { createMeasure: createSeenShoulderTurn, faultId: 'shoulders-turning' },
    tooSmallFaultId: 'turn-too-small',
  }),
  modelNeeds: [
    { needs: 'depth', check: 'shoulders turning with the head', faultId: 'shoulders-turning' },
  ],
} as const;
