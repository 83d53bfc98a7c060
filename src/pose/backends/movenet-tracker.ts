/**
 * MoveNet SinglePose on TensorFlow.js tensors: crops the picture around the person found in the
 * previous frame, runs the model and maps its keypoints back to the whole picture. Every tensor it
 * makes is disposed before `estimate` returns (tests/unit/pose/movenet-tracker.test.ts counts them).
 */
import * as tf from '@tensorflow/tfjs';
import { fromCrop, fullFrameCrop, nextCrop, type CropRegion } from './movenet-crop';
import { COCO_KEYPOINTS, MIN_POSE_SCORE, meanScore, type Keypoint } from './movenet-keypoints';

/** The part of a tfjs GraphModel the tracker uses, so tests can run it on a stand-in. */
export interface KeypointModel {
  execute(input: tf.Tensor): tf.Tensor | tf.Tensor[];
}

export class MoveNetTracker {
  private crop: CropRegion | undefined;

  constructor(
    private readonly model: KeypointModel,
    /** The square input side the model expects: 192 for Lightning, 256 for Thunder. */
    private readonly inputSize: number,
  ) {}

  /** The 17 keypoints of the person in an RGB picture `[height, width, 3]`, normalised to it. */
  async estimate(image: tf.Tensor3D): Promise<Keypoint[]> {
    const [height, width] = image.shape;
    const crop = this.crop ?? fullFrameCrop(width, height);
    const output = tf.tidy(() => {
      const batch = tf.expandDims(tf.cast(image, 'float32'), 0) as tf.Tensor4D;
      const box = [[crop.yMin, crop.xMin, crop.yMax, crop.xMax]];
      const size: [number, number] = [this.inputSize, this.inputSize];
      const input = tf.cast(tf.image.cropAndResize(batch, box, [0], size), 'int32');
      const result = this.model.execute(input);
      return Array.isArray(result) ? result[0]! : result;
    });
    let values: Float32Array | Int32Array | Uint8Array;
    try {
      values = await output.data();
    } finally {
      output.dispose();
    }
    const keypoints = COCO_KEYPOINTS.map((_, i) => {
      const { x, y } = fromCrop(crop, values[i * 3]!, values[i * 3 + 1]!);
      return { x, y, score: values[i * 3 + 2]! };
    });
    // Nobody there: look at the whole picture next time rather than at an empty corner.
    this.crop =
      meanScore(keypoints) < MIN_POSE_SCORE ? undefined : nextCrop(keypoints, width, height);
    return keypoints;
  }

  /** Forgets the crop, e.g. after a cut or a new source. */
  reset(): void {
    this.crop = undefined;
  }
}
