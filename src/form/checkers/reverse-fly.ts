import { proneLiftChecker } from './prone-lift-family';

/** Reverse fly lying face down: the arms, out to the sides, lifted with the chest; reps. */
export const reverseFlyChecker = proneLiftChecker('reverse-fly', 'arms');
