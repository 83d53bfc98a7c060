import { describe, expect, it, vi } from 'vitest';
import { sameOriginOnly } from '../../../src/pose/same-origin-fetch';

const ORIGIN = 'http://127.0.0.1:4173';

function guarded() {
  const inner = vi.fn<typeof fetch>(async () => new Response('ok'));
  return { inner, fetch: sameOriginOnly(inner, ORIGIN) };
}

describe('sameOriginOnly', () => {
  it('lets requests to this site through, relative or absolute', async () => {
    const { inner, fetch } = guarded();
    await fetch('/models/pose_landmarker_full.task');
    await fetch(`${ORIGIN}/mediapipe/wasm/vision_wasm_module_internal.wasm`, { method: 'HEAD' });
    await fetch(new Request(`${ORIGIN}/x`));
    expect(inner).toHaveBeenCalledTimes(3);
    expect(inner.mock.calls[1]![1]).toEqual({ method: 'HEAD' });
  });

  it('refuses any other host, including the telemetry endpoint', async () => {
    const { inner, fetch } = guarded();
    await expect(
      fetch('https://odml.pa.googleapis.com/v1/log', { method: 'POST' }),
    ).rejects.toThrow('odml.pa.googleapis.com');
    await expect(fetch('http://127.0.0.1:9999/')).rejects.toThrow(TypeError);
    await expect(fetch(new Request('https://cdn.example/model.task'))).rejects.toThrow();
    expect(inner).not.toHaveBeenCalled();
  });

  it("allows data: and this site's blob: URLs", async () => {
    const { inner, fetch } = guarded();
    await fetch('data:application/octet-stream;base64,AAAA');
    await fetch(`blob:${ORIGIN}/0d1c2b3a`);
    expect(inner).toHaveBeenCalledTimes(2);
    await expect(fetch('blob:https://elsewhere.example/0d1c')).rejects.toThrow();
  });
});
