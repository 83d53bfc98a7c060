/**
 * MoveNet's graph model as this site serves it (model.json and its weights), fetched once and kept
 * whole: the main thread holds it in the restart kit, so a new worker builds the model from memory
 * instead of fetching it again (4.8 MB Lightning, 12.6 MB Thunder; 0.2-0.6 s of a restart at load
 * 15-22).
 */
import * as tf from '@tensorflow/tfjs';
import { LoadFailure } from '../detector';
import type { RestartKit } from '../restart-kit';

/** The model's files: the restart kit's when it has them, else downloaded from `modelUrl`. */
export async function moveNetArtifacts(
  modelUrl: string,
  kit: RestartKit | undefined,
  fetchFunc?: typeof fetch,
): Promise<tf.io.ModelArtifacts> {
  if (kit?.modelArtifacts) return kit.modelArtifacts;
  // An HTTP handler always loads (tf.io.http gives the IOHandler type, whose load is optional).
  const handler = tf.io.http(modelUrl, fetchFunc ? { fetchFunc } : undefined) as Required<
    Pick<tf.io.IOHandler, 'load'>
  >;
  try {
    return await handler.load();
  } catch (error) {
    throw loadFailure(modelUrl, error);
  }
}

/** Builds the graph model from its files, on tfjs's current backend. */
export async function moveNetModel(
  modelUrl: string,
  artifacts: tf.io.ModelArtifacts,
): Promise<tf.GraphModel> {
  try {
    return await tf.loadGraphModel(tf.io.fromMemory(artifacts));
  } catch (error) {
    throw loadFailure(modelUrl, error);
  }
}

function loadFailure(modelUrl: string, error: unknown): LoadFailure {
  const message = error instanceof Error ? error.message : String(error);
  // tfjs names the HTTP failure in its message; anything else is a file it could not read.
  const code = /fetch|HTTP|status|network/i.test(message) ? 'model-load-failed' : 'model-invalid';
  return new LoadFailure(code, `${modelUrl}: ${message}`);
}
