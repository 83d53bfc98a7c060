/** What the detectors ask of the worker's graphics, to choose between CPU and GPU. */

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
