/**
 * MoveNet SinglePose (Lightning or Thunder) on TensorFlow.js behind the PoseDetector interface.
 * The graph model comes from this site's models/ folder; tfjs runs it on its wasm backend (CPU),
 * or on WebGL where a hardware GPU is present and measured faster. Software WebGL (SwiftShader,
 * llvmpipe) is not tried: it runs shaders on the CPU, slower than wasm.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import {
  chooseDelegate,
  isSoftwareRenderer,
  type DelegateChoice,
  type DelegateRequest,
} from '../delegate-choice';
import { LoadFailure, type PoseDetector } from '../detector';
import type { RestartKit } from '../restart-kit';
import { moveNetArtifacts, moveNetModel } from './movenet-files';
import { MoveNetTracker } from './movenet-tracker';
import { MIN_POSE_SCORE, keypointsToPose, meanScore } from './movenet-keypoints';
import { webglRenderer } from './worker-helpers';

const TIMED_FRAMES = 3;
const BACKEND = { CPU: 'wasm', GPU: 'webgl' } as const;

function inputSizeOf(model: tf.GraphModel): number {
  const size = model.inputs[0]?.shape?.[1];
  if (typeof size !== 'number' || size <= 0) {
    throw new LoadFailure('model-invalid', 'MoveNet model without a square input shape');
  }
  return size;
}

/** Milliseconds per frame of a grey test picture, after one untimed frame (shader compile). */
async function timeTracker(tracker: MoveNetTracker): Promise<number[]> {
  const picture = tf.fill([480, 640, 3], 128, 'int32') as tf.Tensor3D;
  try {
    await tracker.estimate(picture);
    const times: number[] = [];
    for (let i = 0; i < TIMED_FRAMES; i++) {
      const start = performance.now();
      await tracker.estimate(picture);
      times.push(performance.now() - start);
    }
    tracker.reset();
    return times;
  } finally {
    picture.dispose();
  }
}

async function useBackend(name: 'wasm' | 'webgl'): Promise<boolean> {
  try {
    return await tf.setBackend(name);
  } catch {
    return false;
  }
}

async function pickBackend(
  request: DelegateRequest,
  modelUrl: string,
  artifacts: tf.io.ModelArtifacts,
): Promise<DelegateChoice> {
  if (request !== 'auto') {
    if (await useBackend(BACKEND[request])) return { delegate: request, reason: 'requested' };
    if (request === 'GPU' && (await useBackend('wasm'))) {
      return { delegate: 'CPU', reason: 'WebGL unavailable to tfjs' };
    }
    throw new LoadFailure('wasm-load-failed', `tfjs backend ${BACKEND[request]} failed to start`);
  }
  const renderer = webglRenderer();
  const cpuReason =
    renderer === undefined
      ? 'no WebGL2'
      : isSoftwareRenderer(renderer)
        ? `software GL (${renderer})`
        : undefined;
  if (cpuReason) {
    if (!(await useBackend('wasm'))) {
      throw new LoadFailure('wasm-load-failed', 'tfjs wasm backend failed to start');
    }
    return { delegate: 'CPU', reason: cpuReason };
  }
  const times: Record<'CPU' | 'GPU', number[]> = { CPU: [], GPU: [] };
  for (const delegate of ['CPU', 'GPU'] as const) {
    if (!(await useBackend(BACKEND[delegate]))) continue;
    const model = await moveNetModel(modelUrl, artifacts);
    try {
      times[delegate] = await timeTracker(new MoveNetTracker(model, inputSizeOf(model)));
    } catch {
      // This backend cannot run the model: chooseDelegate goes by the other's timings.
    } finally {
      model.dispose();
    }
  }
  const choice = chooseDelegate(times.CPU, times.GPU);
  await useBackend(BACKEND[choice.delegate]);
  return choice;
}

export async function loadMoveNetDetector(options: {
  modelUrl: string;
  /** Absolute URL of the folder with tfjs-backend-wasm's .wasm files, ending in '/'. */
  tfjsWasmUrl: string;
  delegate: DelegateRequest;
  restart?: RestartKit;
}): Promise<PoseDetector> {
  setWasmPaths(options.tfjsWasmUrl);
  const kit = options.restart;
  const artifacts = await moveNetArtifacts(options.modelUrl, kit);
  const choice = await pickBackend(kit?.delegate ?? options.delegate, options.modelUrl, artifacts);
  const model = await moveNetModel(options.modelUrl, artifacts);
  const tracker = new MoveNetTracker(model, inputSizeOf(model));
  // Warm-up: the first real frame should not pay for compilation. After a restart the set is
  // waiting (the warm-up took 1.7-3.6 s of a 3.9-5.2 s restart at load 22): the first frame pays.
  if (!kit) await timeTracker(tracker);
  return {
    delegate: choice.delegate,
    delegateReason: kit?.delegateReason ?? `tfjs ${tf.getBackend()}: ${choice.reason}`,
    handover: { modelArtifacts: artifacts },
    async detect(frame) {
      const picture = tf.browser.fromPixels(frame);
      try {
        const keypoints = await tracker.estimate(picture);
        return meanScore(keypoints) < MIN_POSE_SCORE ? [] : [keypointsToPose(keypoints)];
      } finally {
        picture.dispose();
      }
    },
    close() {
      model.dispose();
    },
  };
}

/** Tensors and bytes tfjs holds now, for the soak test (0 before tfjs was first used). */
export function tfMemory(): { numTensors: number; numBytes: number } {
  const { numTensors, numBytes } = tf.memory();
  return { numTensors, numBytes };
}
