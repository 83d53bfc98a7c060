import { z } from 'zod';
import { defineChecker } from './checker-definition';
import { BRIDGE_FAULTS, bridgeParamsShape, bridgeTopFaults, readBridge } from './bridge-family';
import { createBridgeFloor } from './bridge-floor';
import { repTimingShape } from './timing-params';

/**
 * Glute bridge, seen from the side: reps from the hip extension (up to the top, back down), the
 * top held as a hold; the top is judged for full extension, over-arching and knees over the feet.
 */
export const gluteBridgeChecker = defineChecker({
  kind: 'glute-bridge',
  mode: 'reps',
  movingPart: 'hips',
  view: 'side',
  needs: ['shoulders', 'hips', 'knees', 'ankles'],
  faults: BRIDGE_FAULTS,
  // A bridge counted from the person's own range that stayed below the textbook top.
  shortRangeFaults: { high: 'hips-not-extended' },
  paramsSchema: z.strictObject({ ...repTimingShape, ...bridgeParamsShape }),
  create(params) {
    const levelled = createBridgeFloor(params);
    return (seen) => {
      const reading = readBridge(levelled(seen), params);
      if (!reading.lyingKneesBent) return { inPosition: false, faults: [] };
      // Only the top is judged: on the way up or down the hips are meant to be lower, and stopping
      // short of the top is a half rep, which the rep counter does not count.
      const atTop = reading.extension >= params.repEnter;
      return {
        inPosition: true,
        movement: reading.extension,
        faults: atTop ? bridgeTopFaults(reading, params) : [],
      };
    };
  },
});
