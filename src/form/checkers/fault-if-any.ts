import type { BodyPart, Fault } from '../types';

/** The fault as a one-item list when `severity` is above 0, else an empty list: spread into faults. */
export function faultIfAny(id: string, bodyPart: BodyPart, severity: number): Fault[] {
  return severity > 0 ? [{ id, bodyPart, severity }] : [];
}
