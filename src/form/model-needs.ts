import type { CheckerDefinition } from './checkers/checker-definition';
import type { BodyFrame, FrameAssessment } from './types';

const NOTHING_MADE: FrameAssessment = { inPosition: false, faults: [] };

/**
 * Keeps a checker from judging what the model did not give: on a frame without depth (MoveNet's
 * z is 0 throughout), a count that needs depth counts nothing and a fault that needs it is not
 * raised, instead of being read from the zeros ("no turn"). The page says which checks these are
 * (src/pose/model-limits.ts). Points a model lacks (heels, feet) need nothing here: they come with
 * visibility 0 and the checkers already treat them as not seen.
 */
export function withinModel(
  definition: Pick<CheckerDefinition, 'modelNeeds'>,
): (assessment: FrameAssessment, body: BodyFrame) => FrameAssessment {
  const depth = (definition.modelNeeds ?? []).filter((check) => check.needs === 'depth');
  const countNeedsDepth = depth.some((check) => check.faultId === undefined);
  const depthFaults = new Set(depth.flatMap((check) => (check.faultId ? [check.faultId] : [])));
  return (assessment, body) => {
    if (!body.depthless) return assessment;
    if (countNeedsDepth) return NOTHING_MADE;
    if (depthFaults.size === 0) return assessment;
    return { ...assessment, faults: assessment.faults.filter((f) => !depthFaults.has(f.id)) };
  };
}
