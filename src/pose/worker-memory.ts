/**
 * The pose worker's memory, for the soak test: its JS heap (where Chromium reports it) and every
 * WebAssembly memory its engines created (MediaPipe's and tfjs's wasm heaps, which only ever grow,
 * so a leak there shows as growth). Instantiation is watched from the worker's first line on.
 */
const memories = new Set<WebAssembly.Memory>();

function collect(instance: WebAssembly.Instance, imports?: WebAssembly.Imports): void {
  for (const value of Object.values(instance.exports)) {
    if (value instanceof WebAssembly.Memory) memories.add(value);
  }
  for (const module of Object.values(imports ?? {})) {
    for (const value of Object.values(module)) {
      if (value instanceof WebAssembly.Memory) memories.add(value);
    }
  }
}

export function watchWasmMemories(): void {
  const instantiate = WebAssembly.instantiate.bind(WebAssembly) as (
    source: BufferSource | WebAssembly.Module,
    imports?: WebAssembly.Imports,
  ) => Promise<WebAssembly.Instance | WebAssembly.WebAssemblyInstantiatedSource>;
  WebAssembly.instantiate = (async (
    source: BufferSource | WebAssembly.Module,
    imports?: WebAssembly.Imports,
  ) => {
    const result = await instantiate(source, imports);
    collect('instance' in result ? result.instance : result, imports);
    return result;
  }) as typeof WebAssembly.instantiate;
  const streaming = WebAssembly.instantiateStreaming?.bind(WebAssembly);
  if (streaming) {
    WebAssembly.instantiateStreaming = async (source, imports) => {
      const result = await streaming(source, imports);
      collect(result.instance, imports);
      return result;
    };
  }
}

export interface WorkerMemory {
  /** Bytes of every WebAssembly memory created in the worker. */
  wasmBytes: number;
  /** Chromium's used JS heap of the worker, when reported. */
  jsHeapBytes?: number;
}

export function workerMemory(): WorkerMemory {
  let wasmBytes = 0;
  for (const memory of memories) wasmBytes += memory.buffer.byteLength;
  const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return { wasmBytes, jsHeapBytes: heap?.usedJSHeapSize };
}
