import { z } from 'zod';
import { defineChecker } from './checker-definition';
import { BRIDGE_FAULTS, bridgeParamsShape, bridgeTopFaults, readBridge } from './bridge-family';
import { repTimingShape } from './timing-params';

/**
 * Glute bridge, seen from the side: reps from the hip extension (up to the top, back down), the
 * top held as a hold; the top is judged for full extension, over-arching and knees over the feet.
 */
export const gluteBridgeChecker = defineChecker({
  kind: 'glute-bridge',
  mode: 'reps',
  view: 'side',
  needs: ['shoulders', 'hips', 'knees', 'ankles'],
  faults: BRIDGE_FAULTS,
  paramsSchema: z.strictObject({ ...repTimingShape, ...bridgeParamsShape }),
  create(params) {
    return (body) => {
      const reading = readBridge(body, params);
      if (!reading.lyingKneesBent) return { inPosition: false, faults: [] };
      // The lifted part of the movement is judged; lying down between reps is rest, not a fault.
      const lifted = reading.extension > params.repExit;
      return {
        inPosition: true,
        movement: reading.extension,
        faults: lifted ? bridgeTopFaults(reading, params) : [],
      };
    };
  },
});
