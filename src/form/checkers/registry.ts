import { armSwingsChecker } from './arm-swings';
import { backExtensionBallChecker } from './back-extension-ball';
import { barHangChecker } from './bar-hang';
import { birdDogChecker } from './bird-dog';
import { bridgeHoldChecker } from './bridge-hold';
import { catCowChecker } from './cat-cow';
import type { CheckerDefinition } from './checker-definition';
import { childsPoseChecker } from './childs-pose';
import { chinTuckTurnsChecker } from './chin-tuck-turns';
import {
  armCirclesChecker,
  headCirclesChecker,
  hipRotationsChecker,
  kneeRaiseLegCirclesChecker,
  shoulderCirclesChecker,
  standingHipCirclesChecker,
} from './circle-checkers';
import { cobraChecker } from './cobra';
import { downwardDogChecker } from './downward-dog';
import { forwardBendChecker } from './forward-bend';
import { gluteBridgeChecker } from './glute-bridge';
import { hangingKneeRaiseHoldChecker } from './hanging-knee-raise-hold';
import { hangingPelvisTurnsChecker } from './hanging-pelvis-turns';
import { highPlankChecker } from './high-plank';
import { kneesToChestChecker } from './knees-to-chest';
import { neckPressBackChecker } from './neck-press-back';
import { neckPressForwardChecker } from './neck-press-forward';
import { neckTiltsChecker } from './neck-tilts';
import { neckTurnsChecker } from './neck-turns';
import { pelvicTiltChecker } from './pelvic-tilt';
import { pikePushUpChecker } from './pike-push-up';
import { plankChecker } from './plank';
import { proneAlternatingLiftChecker } from './prone-alternating-lift';
import { proneHeadLiftChecker } from './prone-head-lift';
import { reverseFlyChecker } from './reverse-fly';
import { reverseTableChecker } from './reverse-table';
import { runningOnTheSpotChecker } from './running-on-the-spot';
import { seatedCatCowChecker } from './seated-cat-cow';
import { seatedForwardFoldChecker } from './seated-forward-fold';
import { seatedSideBendChecker } from './seated-side-bend';
import { shoulderRaisesChecker } from './shoulder-raises';
import { sidePlankChecker } from './side-plank';
import { standingBreathingChecker } from './standing-breathing';
import { standingHingeChecker } from './standing-hinge';
import { standingSideBendChecker } from './standing-side-bend';
import { supermanChecker } from './superman';
import { threadTheNeedleChecker } from './thread-the-needle';

/**
 * Every checker, by kind. Add one import and one entry per checker module; the registry test checks
 * that kinds are unique and that every content file's checker exists here and parses.
 */
export const CHECKERS: readonly CheckerDefinition[] = [
  plankChecker,
  highPlankChecker,
  sidePlankChecker,
  gluteBridgeChecker,
  bridgeHoldChecker,
  catCowChecker,
  seatedCatCowChecker,
  birdDogChecker,
  supermanChecker,
  proneAlternatingLiftChecker,
  reverseFlyChecker,
  barHangChecker,
  childsPoseChecker,
  chinTuckTurnsChecker,
  downwardDogChecker,
  hangingKneeRaiseHoldChecker,
  hangingPelvisTurnsChecker,
  kneesToChestChecker,
  neckTiltsChecker,
  neckTurnsChecker,
  pelvicTiltChecker,
  pikePushUpChecker,
  proneHeadLiftChecker,
  reverseTableChecker,
  seatedForwardFoldChecker,
  standingHingeChecker,
  forwardBendChecker,
  seatedSideBendChecker,
  standingSideBendChecker,
  cobraChecker,
  neckPressBackChecker,
  neckPressForwardChecker,
  shoulderRaisesChecker,
  armSwingsChecker,
  runningOnTheSpotChecker,
  standingBreathingChecker,
  threadTheNeedleChecker,
  backExtensionBallChecker,
  headCirclesChecker,
  shoulderCirclesChecker,
  armCirclesChecker,
  hipRotationsChecker,
  standingHipCirclesChecker,
  kneeRaiseLegCirclesChecker,
];

const BY_KIND = new Map(CHECKERS.map((definition) => [definition.kind, definition]));

export function findChecker(kind: string): CheckerDefinition | undefined {
  return BY_KIND.get(kind);
}

export function getChecker(kind: string): CheckerDefinition {
  const definition = findChecker(kind);
  if (!definition) {
    const known = CHECKERS.map((d) => d.kind).join(', ');
    throw new Error(`No form checker of kind "${kind}" (known: ${known})`);
  }
  return definition;
}
