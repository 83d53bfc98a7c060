import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveNetArtifacts, moveNetModel } from '../../../src/pose/backends/movenet-files';
import type { RestartKit } from '../../../src/pose/restart-kit';

const MODEL_URL = 'https://spine-coach.test/models/movenet-lightning.json';

/** The site's models/ folder as a server, counting what is asked of it. */
function site() {
  const asked: string[] = [];
  const fetchFunc = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    asked.push(url.split('/').pop()!);
    const file = readFileSync(resolve('models', url.split('/').pop()!));
    return new Response(file, { status: 200 });
  }) as typeof fetch;
  return { asked, fetchFunc };
}

describe('MoveNet model files', () => {
  it('are downloaded once; a restart with the kit builds the same model without a fetch', async () => {
    const { asked, fetchFunc } = site();
    const first = await moveNetArtifacts(MODEL_URL, undefined, fetchFunc);
    expect(asked).toEqual(['movenet-lightning.json', 'movenet-lightning.bin']);

    // What the main thread keeps is a structured clone of the worker's answer, as postMessage makes.
    const kit: RestartKit = {
      delegate: 'CPU',
      delegateReason: 'no WebGL2',
      modelArtifacts: structuredClone(first),
    };
    asked.length = 0;
    const again = await moveNetArtifacts(MODEL_URL, kit, fetchFunc);
    expect(asked).toEqual([]);

    // The model built from the kit's copy is the fetched one: same input, same weights.
    const model = await moveNetModel(MODEL_URL, again);
    expect(model.inputs[0]!.shape).toEqual([1, 192, 192, 3]);
    const weights = Object.entries(model.weights);
    expect(weights.length).toBe(first.weightSpecs!.length);
    const [name, [tensor]] = weights.find(([, [t]]) => t!.size > 1000)!;
    const spec = first.weightSpecs!.find((w) => w.name === name)!;
    expect(tensor!.shape).toEqual(spec.shape);
    model.dispose();
  });

  it('a missing file is a download failure; a damaged one is an invalid model', async () => {
    const missing = (async () => new Response('', { status: 404 })) as typeof fetch;
    await expect(moveNetArtifacts(MODEL_URL, undefined, missing)).rejects.toMatchObject({
      code: 'model-load-failed',
    });
    await expect(
      moveNetModel(MODEL_URL, { modelTopology: { node: 'not a graph' }, weightSpecs: [] }),
    ).rejects.toMatchObject({ code: 'model-invalid' });
  });
});
