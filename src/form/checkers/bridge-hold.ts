import { z } from 'zod';
import type { BodyFrame, FrameAssessment } from '../types';
import { defineChecker } from './checker-definition';
import { BRIDGE_FAULTS, bridgeParamsShape, bridgeTopFaults, readBridge } from './bridge-family';
import { createBridgeFloor } from './bridge-floor';
import { ANGLE_SETTLE_MOVING_PER_S, withSettleKey } from './settle-key';
import { holdTimingShape } from './timing-params';

/** Bridge hold, seen from the side: timed while the hips are up, judged like the bridge's top. */
export const bridgeHoldChecker = defineChecker({
  kind: 'bridge-hold',
  mode: 'hold',
  view: 'side',
  settleMovingPerS: ANGLE_SETTLE_MOVING_PER_S,
  needs: ['shoulders', 'hips', 'knees', 'ankles'],
  faults: BRIDGE_FAULTS,
  paramsSchema: z.strictObject({
    ...holdTimingShape,
    ...bridgeParamsShape,
    /** Hip extension at least this counts as holding the bridge (below it the hips are down). */
    liftedFromDeg: z.number().min(90).max(180),
  }),
  create(params) {
    const levelled = createBridgeFloor(params);
    const assess = (seen: BodyFrame): FrameAssessment => {
      const reading = readBridge(levelled(seen), params);
      if (!reading.lyingKneesBent || reading.extension < params.liftedFromDeg) {
        return { inPosition: false, faults: [] };
      }
      return { inPosition: true, faults: bridgeTopFaults(reading, params) };
    };
    return withSettleKey(assess, (body) => [readBridge(body, params).extension]);
  },
});
