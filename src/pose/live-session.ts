/**
 * One live coaching session: a frame source (camera or file) feeding the pose estimator through
 * the frame pump, with smoothing, presence warnings and a status for the page. The page only shows
 * `LiveStatus` and forwards clicks; everything that decides lives here.
 */
import type { Delegate } from './delegate-choice';
import { FramePump, type FramePumpStats } from './frame-pump';
import { PipelineError, describePipelineError, type PipelineMessage } from './pipeline-errors';
import type { PoseDetection, PoseEstimator } from './pose-estimator';
import { PoseSmoother } from './pose-smoother';
import { PresenceMonitor } from './presence-monitor';
import type { FrameSource, FrameSourceKind } from './sources/frame-source';

export interface LiveStatus {
  model: 'loading' | 'ready' | 'failed';
  modelUrl: string;
  /** The model file's name without extension, e.g. "pose_landmarker_full". */
  modelName: string;
  delegate?: Delegate;
  delegateReason?: string;
  modelLoadMs?: number;
  source?: { kind: FrameSourceKind; label: string; mirrored: boolean };
  /** 'starting' while the model or the source is being opened. */
  phase: 'idle' | 'starting' | 'running' | 'ended' | 'failed';
  stats: FramePumpStats;
  /** What the person should know now: a failure, or a warning about what the camera sees. */
  message?: PipelineMessage;
}

export type Estimator = Pick<
  PoseEstimator,
  'delegate' | 'delegateReason' | 'modelLoadMs' | 'detect' | 'close'
>;

export interface LiveSessionDeps {
  createEstimator(modelUrl: string): Promise<Estimator>;
  /** The model to load first; useModel() changes it. */
  modelUrl: string;
  onStatus(status: LiveStatus): void;
  /** Every analysed frame, smoothed: where the form engine plugs in. */
  onPoseFrame?(frame: PoseDetection): void;
  now?: () => number;
}

const NO_STATS: FramePumpStats = { processed: 0, detected: 0, dropped: 0, fps: 0, inferenceMs: 0 };

export function modelNameFromUrl(url: string): string {
  const file = url.split(/[?#]/)[0]!.split('/').pop() || url;
  return file.replace(/\.task$/, '');
}

function toPipelineError(error: unknown): PipelineError {
  return error instanceof PipelineError ? error : new PipelineError('worker-failed', String(error));
}

export class LiveSession {
  private status: LiveStatus;
  private estimator: Promise<Estimator> | undefined;
  private source: FrameSource | undefined;
  private pump: FramePump<ImageBitmap> | undefined;
  private readonly smoother = new PoseSmoother();
  private readonly presence = new PresenceMonitor();
  /** Bumped by every start and stop, so a slow start that was overtaken gives up. */
  private generation = 0;
  private disposed = false;

  constructor(private readonly deps: LiveSessionDeps) {
    this.status = {
      model: 'loading',
      modelUrl: deps.modelUrl,
      modelName: modelNameFromUrl(deps.modelUrl),
      phase: 'idle',
      stats: NO_STATS,
    };
  }

  get current(): LiveStatus {
    return this.status;
  }

  /** Loads the model (once; again after a failure) and reports how that went. */
  loadModel(): Promise<Estimator> {
    if (!this.estimator) {
      this.update({ model: 'loading' });
      const loading = this.deps.createEstimator(this.status.modelUrl);
      this.estimator = loading;
      loading.then(
        (estimator) => {
          // Overtaken by another model, or the page is gone.
          if (this.disposed || this.estimator !== loading) return estimator.close();
          this.update({
            model: 'ready',
            delegate: estimator.delegate,
            delegateReason: estimator.delegateReason,
            modelLoadMs: estimator.modelLoadMs,
          });
        },
        (error: unknown) => {
          if (this.estimator !== loading) return;
          this.estimator = undefined;
          this.update({ model: 'failed', phase: 'failed', message: this.describe(error) });
        },
      );
    }
    return this.estimator;
  }

  /** Switches to another model: stops the source, ends the old worker, loads the new model. */
  useModel(modelUrl: string): Promise<Estimator> {
    if (modelUrl === this.status.modelUrl && this.estimator) return this.estimator;
    this.stop();
    this.closeEstimator();
    this.update({
      modelUrl,
      modelName: modelNameFromUrl(modelUrl),
      delegate: undefined,
      delegateReason: undefined,
      modelLoadMs: undefined,
      message: undefined,
    });
    return this.loadModel();
  }

  /** Stops what runs, then opens a new source and analyses it. Failures end up in the status. */
  async start(open: () => Promise<FrameSource>): Promise<void> {
    this.stopSource();
    const generation = ++this.generation;
    this.update({ phase: 'starting', message: undefined, source: undefined, stats: NO_STATS });
    const opening = open();
    let estimator: Estimator;
    let source: FrameSource;
    try {
      [estimator, source] = await Promise.all([this.loadModel(), opening]);
    } catch (error) {
      opening.then(
        (s) => s.stop(),
        () => undefined,
      );
      if (generation === this.generation) {
        this.update({ phase: 'failed', message: this.describe(error) });
      }
      return;
    }
    if (generation !== this.generation || this.disposed) {
      source.stop();
      return;
    }
    this.source = source;
    this.smoother.reset();
    this.presence.reset();
    const pump = new FramePump<ImageBitmap>((bitmap, t) => estimator.detect(bitmap, t), {
      onResult: (detection) => this.onDetection(detection),
      onError: (error) => this.fail(error),
      now: this.deps.now,
    });
    this.pump = pump;
    this.update({
      phase: 'running',
      source: { kind: source.kind, label: source.label, mirrored: source.mirrored },
    });
    source.start({
      onFrame: (grab) => pump.offer(grab),
      onError: (error) => this.fail(error),
      onEnded: () => this.update({ phase: 'ended' }),
    });
  }

  /** Stops the source; the model stays loaded for the next start. */
  stop(): void {
    this.generation++;
    this.stopSource();
    if (this.status.phase === 'running' || this.status.phase === 'starting') {
      this.update({ phase: 'idle' });
    }
  }

  /** Stops everything and ends the worker. */
  dispose(): void {
    this.disposed = true;
    this.stop();
    this.closeEstimator();
  }

  private closeEstimator(): void {
    this.estimator?.then(
      (e) => e.close(),
      () => undefined,
    );
    this.estimator = undefined;
  }

  private stopSource(): void {
    this.pump?.stop();
    this.pump = undefined;
    this.source?.stop();
    this.source = undefined;
  }

  private onDetection(detection: PoseDetection): void {
    const smoothed = this.smoother.smooth(detection);
    const warning = this.presence.update(smoothed);
    const message = this.status.message;
    const keepMessage = message && message.severity === 'error';
    this.update({
      stats: this.pump?.stats ?? this.status.stats,
      message: keepMessage ? message : warning ? describePipelineError(warning) : undefined,
    });
    this.deps.onPoseFrame?.(smoothed);
  }

  private fail(error: unknown): void {
    this.stopSource();
    this.update({ phase: 'failed', message: this.describe(error) });
  }

  private describe(error: unknown): PipelineMessage {
    const pipelineError = toPipelineError(error);
    console.warn(`[spine-coach] ${pipelineError.code}: ${pipelineError.detail ?? ''}`);
    return describePipelineError(pipelineError.code);
  }

  private update(change: Partial<LiveStatus>): void {
    this.status = { ...this.status, ...change };
    this.deps.onStatus(this.status);
  }
}
