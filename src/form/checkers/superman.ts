import { proneLiftChecker } from './prone-lift-family';

/** Superman: lying face down, arms and legs lifted together and held; reps from the lower lift. */
export const supermanChecker = proneLiftChecker('superman', 'arms-and-legs');
