/** Small pieces both detectors need inside the worker. */
import { LoadFailure } from '../detector';
import type { PipelineErrorCode } from '../pipeline-errors';

export async function fetchBytes(url: string, code: PipelineErrorCode): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new LoadFailure(code, `${url}: ${String(error)}`);
  }
  if (!response.ok) throw new LoadFailure(code, `${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The WebGL renderer a GPU path would use, or undefined when there is no WebGL2. */
export function webglRenderer(): string | undefined {
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return undefined;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  } catch {
    return undefined;
  }
}
