/**
 * The pose models the app serves, for the "model" setting: three MediaPipe Pose Landmarker variants
 * (33 landmarks with depth) and MoveNet SinglePose Lightning and Thunder on TensorFlow.js (17
 * keypoints, no depth). The model file's extension says which detector runs it (`.task` MediaPipe,
 * `.json` a tfjs graph model), so the worker, the recorder and the bench only ever pass a URL.
 * Timings are from models/README.md and /work/notes/backend-readme.md (2-core machine, no GPU).
 */
export type ModelVariantId = 'lite' | 'full' | 'heavy' | 'movenet-lightning' | 'movenet-thunder';

export type DetectorKind = 'mediapipe' | 'movenet';

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
    label: 'MediaPipe Lite',
    description: 'Fastest MediaPipe model (about half the time of Full); for slow computers.',
  },
  {
    id: 'full',
    path: 'models/pose_landmarker_full.task',
    label: 'MediaPipe Full',
    description: 'Balanced speed and precision.',
  },
  {
    id: 'heavy',
    path: 'models/pose_landmarker_heavy.task',
    label: 'MediaPipe Heavy',
    description: 'Most precise, about five times slower than Full; for fast computers.',
  },
  {
    id: 'movenet-lightning',
    path: 'models/movenet-lightning.json',
    label: 'MoveNet Lightning',
    description:
      'TensorFlow.js, very fast; 17 points (no heels, feet or depth), so some checks are unavailable.',
  },
  {
    id: 'movenet-thunder',
    path: 'models/movenet-thunder.json',
    label: 'MoveNet Thunder',
    description:
      'TensorFlow.js, more precise than Lightning; 17 points (no heels, feet or depth), so some checks are unavailable.',
  },
];

export function detectorKind(modelUrl: string): DetectorKind {
  return /\.json([?#]|$)/.test(modelUrl) ? 'movenet' : 'mediapipe';
}

export function variantById(id: ModelVariantId): ModelVariant {
  return MODEL_VARIANTS.find((v) => v.id === id)!;
}

/** The variant whose file a URL points at, if any. */
export function variantOfUrl(modelUrl: string): ModelVariant | undefined {
  const file = modelUrl.split(/[?#]/)[0]!.split('/').pop();
  return MODEL_VARIANTS.find((v) => v.path.endsWith(`/${file}`));
}
