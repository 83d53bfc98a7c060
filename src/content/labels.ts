import type { BodyPart, CameraView, Category, Equipment } from './exercise-schema';

/** Words a person reads for the catalogue's ids. */
export const CATEGORY_LABELS: Record<Category, string> = {
  'warm-up': 'Warm-up',
  'lower-back': 'Lower back',
  neck: 'Neck',
  'spine-stretching': 'Spine stretching',
  straightening: 'Straightening',
  strengthening: 'Strengthening',
  mobility: 'Mobility',
};

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  none: 'No equipment',
  mat: 'Mat',
  bar: 'Pull-up bar',
  'gym-ball': 'Gym ball',
  chair: 'Chair',
};

export const VIEW_LABELS: Record<CameraView, string> = {
  side: 'Side-on to the camera',
  front: 'Facing the camera',
  any: 'Any angle',
};

export const BODY_PART_LABELS: Record<BodyPart, string> = {
  head: 'head',
  shoulders: 'shoulders',
  elbows: 'elbows',
  wrists: 'hands',
  hips: 'hips',
  knees: 'knees',
  ankles: 'feet',
};

export const DIFFICULTY_LABELS: Record<number, string> = { 1: 'Easy', 2: 'Moderate', 3: 'Hard' };
