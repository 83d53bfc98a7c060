/**
 * MediaPipe's PoseLandmarker (lite, full or heavy .task bundle) behind the PoseDetector interface,
 * with the GPU or CPU delegate chosen by measuring where a hardware GPU is present.
 */
import { FilesetResolver, PoseLandmarker } from '@mediapipe/tasks-vision';
import {
  chooseDelegate,
  isSoftwareRenderer,
  type Delegate,
  type DelegateChoice,
  type DelegateRequest,
} from '../delegate-choice';
import { LoadFailure, type PoseDetector } from '../detector';
import { toPoses } from '../landmarker-result';
import { isZipArchive } from '../model-bytes';
import { MonotonicClock } from '../monotonic-clock';
import type { RestartKit } from '../restart-kit';
import { fetchBytes } from './fetch-bytes';
import { webglRenderer } from './worker-helpers';

type WasmFileset = Awaited<ReturnType<typeof FilesetResolver.forVisionTasks>>;

/** Frames timed per delegate when the choice is 'auto'. */
const TIMED_FRAMES = 3;

/** Checks that the wasm files are reachable, so a missing engine is not reported as a bad model. */
async function checkWasmReachable(fileset: WasmFileset): Promise<void> {
  for (const url of [fileset.wasmLoaderPath, fileset.wasmBinaryPath]) {
    let response: Response;
    try {
      response = await fetch(url, { method: 'HEAD' });
    } catch (error) {
      throw new LoadFailure('wasm-load-failed', `${url}: ${String(error)}`);
    }
    if (!response.ok) throw new LoadFailure('wasm-load-failed', `${url}: HTTP ${response.status}`);
  }
}

/**
 * The wasm files were reachable (checked first), so a failure to build the landmarker is the
 * model's unless the engine itself could not be imported or compiled.
 */
function looksLikeWasmFailure(message: string): boolean {
  return /dynamically imported module|CompileError|WebAssembly\.(instantiate|compile)|importScripts/i.test(
    message,
  );
}

/** tasks-vision's wasm compiled in this worker, by file, so a second landmarker does not compile it. */
let compiled: { url: string; module: Promise<WebAssembly.Module> } | undefined;

async function compileWasm(url: string): Promise<WebAssembly.Module> {
  try {
    return await WebAssembly.compileStreaming(fetch(url));
  } catch {
    // A server that does not send application/wasm: compiled from the bytes instead.
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return await WebAssembly.compile(await response.arrayBuffer());
    } catch (error) {
      throw new LoadFailure('wasm-load-failed', `${url}: ${String(error)}`);
    }
  }
}

/** The compiled wasm: the restart kit's when it was compiled from the same file, else this worker's. */
function compiledWasm(url: string, kit: RestartKit | undefined): Promise<WebAssembly.Module> {
  if (kit?.wasmModule && kit.wasmUrl === url) return Promise.resolve(kit.wasmModule);
  if (compiled?.url !== url) {
    const module = compileWasm(url);
    compiled = { url, module };
    module.catch(() => {
      if (compiled?.module === module) compiled = undefined;
    });
  }
  return compiled.module;
}

async function createLandmarker(
  fileset: WasmFileset,
  model: Uint8Array,
  wasm: WebAssembly.Module,
  delegate: Delegate,
  numPoses: number,
): Promise<PoseLandmarker> {
  let instantiateFailed: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (instantiateFailed = reject));
  // tasks-vision hands `self.Module` to its wasm glue as Emscripten's Module object, whose
  // instantiateWasm hook builds the instance from the module compiled already instead of fetching
  // and compiling the file again. The glue waits on the hook's callback only: a failure is raced.
  (self as unknown as { Module?: object }).Module = {
    instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) {
      WebAssembly.instantiate(wasm, imports).then(done, instantiateFailed);
      return {};
    },
  };
  try {
    return await Promise.race([
      PoseLandmarker.createFromOptions(fileset, {
        // MediaPipe may take ownership of the buffer; give each landmarker its own copy.
        baseOptions: { modelAssetBuffer: model.slice(), delegate },
        runningMode: 'VIDEO',
        numPoses,
      }),
      failed,
    ]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new LoadFailure(
      looksLikeWasmFailure(message) ? 'wasm-load-failed' : 'model-invalid',
      message,
    );
  }
}

/** Times a few frames of a plain test picture; what matters is the ratio between delegates. */
function timeFrames(candidate: PoseLandmarker, clock: MonotonicClock): number[] {
  const canvas = new OffscreenCanvas(640, 480);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#808080';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const times: number[] = [];
  for (let i = 0; i < TIMED_FRAMES; i++) {
    const start = performance.now();
    candidate.detectForVideo(canvas, clock.next(0));
    times.push(performance.now() - start);
  }
  return times;
}

async function pickLandmarker(
  fileset: WasmFileset,
  model: Uint8Array,
  wasm: WebAssembly.Module,
  request: DelegateRequest,
  numPoses: number,
  clock: MonotonicClock,
): Promise<{ landmarker: PoseLandmarker; choice: DelegateChoice }> {
  if (request === 'CPU') {
    const cpu = await createLandmarker(fileset, model, wasm, 'CPU', numPoses);
    return { landmarker: cpu, choice: { delegate: 'CPU', reason: 'requested' } };
  }
  if (request === 'GPU') {
    try {
      const gpu = await createLandmarker(fileset, model, wasm, 'GPU', numPoses);
      return { landmarker: gpu, choice: { delegate: 'GPU', reason: 'requested' } };
    } catch (error) {
      const cpu = await createLandmarker(fileset, model, wasm, 'CPU', numPoses);
      return {
        landmarker: cpu,
        choice: { delegate: 'CPU', reason: `GPU failed: ${String(error)}` },
      };
    }
  }
  const cpu = await createLandmarker(fileset, model, wasm, 'CPU', numPoses);
  const renderer = webglRenderer();
  if (renderer === undefined) {
    return { landmarker: cpu, choice: { delegate: 'CPU', reason: 'no WebGL2' } };
  }
  if (isSoftwareRenderer(renderer)) {
    return { landmarker: cpu, choice: { delegate: 'CPU', reason: `software GL (${renderer})` } };
  }
  const cpuTimes = timeFrames(cpu, clock);
  let gpu: PoseLandmarker | undefined;
  let gpuTimes: number[] = [];
  try {
    gpu = await createLandmarker(fileset, model, wasm, 'GPU', numPoses);
    gpuTimes = timeFrames(gpu, clock);
  } catch {
    // GPU could not be created or run: chooseDelegate falls back to CPU on no timings.
  }
  const choice = chooseDelegate(cpuTimes, gpuTimes);
  if (choice.delegate === 'GPU' && gpu) {
    cpu.close();
    return { landmarker: gpu, choice };
  }
  gpu?.close();
  return { landmarker: cpu, choice };
}

/** The wasm fileset is resolved once per worker: every landmarker after the first reuses it. */
let fileset: Promise<WasmFileset> | undefined;
let landmarkersMade = 0;

/**
 * tasks-vision takes its wasm glue's ModuleFactory from a global that the glue script sets when
 * it runs, and clears it once used; a module script runs once per URL, so a second landmarker in
 * the same worker failed ("ModuleFactory not set"). Each landmarker after the first gets the glue
 * under its own query string: the browser's cache serves it, the script runs again.
 */
function filesetForNextLandmarker(files: WasmFileset): WasmFileset {
  landmarkersMade++;
  if (landmarkersMade === 1) return files;
  return { ...files, wasmLoaderPath: `${files.wasmLoaderPath}?landmarker=${landmarkersMade}` };
}

export async function loadMediaPipeDetector(options: {
  modelUrl: string;
  wasmBaseUrl: string;
  delegate: DelegateRequest;
  numPoses: number;
  restart?: RestartKit;
}): Promise<PoseDetector> {
  fileset ??= FilesetResolver.forVisionTasks(options.wasmBaseUrl, true);
  const files = filesetForNextLandmarker(await fileset);
  const kit = options.restart;
  const wasmUrl = files.wasmBinaryPath;
  // After a restart the files were there a moment ago: nothing is fetched or checked again.
  const [model, wasm] = kit?.modelBytes
    ? [kit.modelBytes, await compiledWasm(wasmUrl, kit)]
    : await Promise.all([
        fetchBytes(options.modelUrl, 'model-load-failed'),
        compiledWasm(wasmUrl, kit),
        checkWasmReachable(files),
      ]);
  if (!isZipArchive(model)) {
    throw new LoadFailure('model-invalid', `${options.modelUrl}: not a .task (zip) bundle`);
  }
  const clock = new MonotonicClock();
  const { landmarker, choice } = await pickLandmarker(
    files,
    model,
    wasm,
    kit?.delegate ?? options.delegate,
    options.numPoses,
    clock,
  );
  return {
    delegate: choice.delegate,
    delegateReason: kit?.delegateReason ?? choice.reason,
    handover: { modelBytes: model, wasmModule: wasm, wasmUrl },
    detect(frame, timestampMs) {
      return Promise.resolve(toPoses(landmarker.detectForVideo(frame, clock.next(timestampMs))));
    },
    close() {
      landmarker.close();
    },
  };
}
