import { sidePoints } from '../body/body-side';
import { signedBend } from '../geometry/signed-bend';
import type { BodyFrame } from '../types';
import { repTimingShape } from './timing-params';

/**
 * Cat-cow, on all fours or seated: the back rounds (cat) and arches (cow). With no landmarks on the
 * spine, the movement is read as the head's bend against the shoulder-hip line, toward the belly
 * side (positive, cat: chin tucked, back rounded) or away from it (negative, cow: chest and head
 * lifted). `repEnter` is the cat end and `repExit` the cow end, in those degrees: one cat and one
 * cow make one rep.
 */
export const catCowParamsShape = {
  ...repTimingShape,
};

/** The head's bend from the back's line, degrees: positive toward the belly (cat). */
export function spineFlexion(body: BodyFrame): number {
  const s = sidePoints(body, body.nearSide);
  return signedBend(s.hip, s.shoulder, s.ear, s.knee);
}
