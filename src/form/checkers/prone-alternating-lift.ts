import { proneLiftChecker } from './prone-lift-family';

/** Lying face down, one arm and the opposite leg lifted, alternating: reps per side (the arm's). */
export const proneAlternatingLiftChecker = proneLiftChecker('prone-alternating-lift', 'diagonal');
