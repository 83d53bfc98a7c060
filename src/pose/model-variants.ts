/**
 * The pose models the app serves, for a "model" setting. Full is the default; lite is for slow
 * machines; heavy is the most precise but far slower. Figures are from models/README.md (measured in
 * headless Chromium on a 2-core machine, CPU delegate); the landmarks of all three agree to about
 * 1% of the frame size.
 */
export type ModelVariantId = 'lite' | 'full' | 'heavy';

export interface ModelVariant {
  id: ModelVariantId;
  /** Path under the app's base URL, for createPoseEstimator's modelUrl. */
  path: string;
  label: string;
  /** What to expect, for the person choosing. */
  description: string;
}

export const MODEL_VARIANTS: readonly ModelVariant[] = [
  {
    id: 'lite',
    path: 'models/pose_landmarker_lite.task',
    label: 'Lite',
    description: 'Fastest (about half the time of Full); for slow computers.',
  },
  {
    id: 'full',
    path: 'models/pose_landmarker_full.task',
    label: 'Full',
    description: 'Balanced speed and precision (default).',
  },
  {
    id: 'heavy',
    path: 'models/pose_landmarker_heavy.task',
    label: 'Heavy',
    description: 'Most precise, about five times slower than Full; for fast computers.',
  },
];
