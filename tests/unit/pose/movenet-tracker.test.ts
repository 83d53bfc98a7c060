import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MoveNetTracker, type KeypointModel } from '../../../src/pose/backends/movenet-tracker';

/**
 * A stand-in for the graph model with the same output shape, built from the input with a few ops
 * of its own, so that every step around the model (cast, crop, resize, read-back) is exercised.
 * Its keypoints sit at the input's mean brightness, score 0.9: a person found every frame.
 */
const standIn: KeypointModel = {
  execute: (input) =>
    tf.tidy(() => {
      const level = tf.div(tf.mean(tf.cast(input, 'float32')), 255);
      const point = tf.stack([level, level, tf.scalar(0.9)]);
      return tf.tile(tf.reshape(point, [1, 1, 1, 3]), [1, 1, 17, 1]);
    }),
};

function loadLightning(): Promise<tf.GraphModel> {
  const json = JSON.parse(readFileSync(resolve('models/movenet-lightning.json'), 'utf8')) as {
    modelTopology: object;
    weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[];
  };
  const weights = readFileSync(resolve('models/movenet-lightning.bin'));
  return tf.loadGraphModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest[0]!.weights,
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.length),
    }),
  );
}

describe('MoveNetTracker', () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
  });

  it('leaves tf.memory() flat over 3000 frames, crop changes and empty frames included', async () => {
    const tracker = new MoveNetTracker(standIn, 16);
    const frames = [tf.randomUniform([48, 64, 3], 0, 255, 'int32'), tf.zeros([64, 48, 3], 'int32')];
    await tracker.estimate(frames[0] as tf.Tensor3D);
    const before = tf.memory();
    for (let i = 0; i < 3000; i++) {
      await tracker.estimate(frames[i % 7 === 0 ? 1 : 0] as tf.Tensor3D);
      if (i % 500 === 0) tracker.reset();
    }
    const after = tf.memory();
    expect(after.numTensors).toBe(before.numTensors);
    expect(after.numBytes).toBe(before.numBytes);
    tf.dispose(frames);
  }, 120_000);

  it('maps keypoints found in the crop back to the whole picture', async () => {
    const tracker = new MoveNetTracker(standIn, 16);
    // A picture of brightness 51, twice as wide as high: the first crop is the whole picture padded
    // to a square (rows -0.5 to 1.5 of the height), half of it black padding, so the stand-in sees
    // a mean of 25.5 and answers 0.1 of the square.
    const wide = tf.fill([100, 200, 3], 51, 'int32') as tf.Tensor3D;
    const keypoints = await tracker.estimate(wide);
    wide.dispose();
    expect(keypoints[0]!.x).toBeCloseTo(0.1, 2);
    expect(keypoints[0]!.y).toBeCloseTo(-0.5 + 0.1 * 2, 2);
  });

  it('runs the real Lightning model on the wasm backend without keeping a tensor', async () => {
    const model = await loadLightning();
    const tracker = new MoveNetTracker(model, 192);
    const frame = tf.randomUniform([120, 160, 3], 0, 255, 'int32') as tf.Tensor3D;
    const first = await tracker.estimate(frame);
    expect(first).toHaveLength(17);
    for (const k of first) {
      expect(k.score).toBeGreaterThanOrEqual(0);
      expect(k.score).toBeLessThanOrEqual(1);
    }
    const before = tf.memory().numTensors;
    for (let i = 0; i < 30; i++) await tracker.estimate(frame);
    expect(tf.memory().numTensors).toBe(before);
    frame.dispose();
    model.dispose();
  }, 60_000);
});
