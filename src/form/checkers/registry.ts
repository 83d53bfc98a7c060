import { bridgeHoldChecker } from './bridge-hold';
import { catCowChecker } from './cat-cow';
import type { CheckerDefinition } from './checker-definition';
import { gluteBridgeChecker } from './glute-bridge';
import { highPlankChecker } from './high-plank';
import { plankChecker } from './plank';
import { seatedCatCowChecker } from './seated-cat-cow';
import { sidePlankChecker } from './side-plank';

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
