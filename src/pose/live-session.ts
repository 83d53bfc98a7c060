/**
 * One live coaching session: a frame source (camera or file) feeding the pose estimator through
 * the frame pump, with smoothing, presence warnings and a status for the page. The page only shows
 * `LiveStatus` and forwards clicks; everything that decides lives here. The model is a path, or
 * AUTO_MODEL: then the model is the one chosen on this device (auto-choice.ts), measured on the
 * source at the first start. A worker that crashes or stops answering is replaced without
 * stopping the source or touching what consumes the frames.
 */
import { chooseOnSource } from './auto-choice';
import {
  BehindWatch,
  CatchUpWatch,
  forgetChoice,
  rememberChoice,
  rememberedChoice,
  AUTO_CANDIDATES,
  type BackendChoice,
} from './backend-choice';
import type { Delegate } from './delegate-choice';
import { FramePump, type FramePumpStats } from './frame-pump';
import { variantById } from './model-variants';
import { PipelineError, describePipelineError, type PipelineMessage } from './pipeline-errors';
import type { PoseDetection, PoseEstimator } from './pose-estimator';
import { PoseSmoother } from './pose-smoother';
import { PresenceMonitor } from './presence-monitor';
import type { FrameSource, FrameSourceKind } from './sources/frame-source';

/** The model setting that lets the app choose by measuring. */
export const AUTO_MODEL = 'auto';

export interface LiveStatus {
  model: 'loading' | 'ready' | 'failed';
  /** The model setting: a model path, or AUTO_MODEL. */
  modelUrl: string;
  /** The model file's name without extension, e.g. "pose_landmarker_full". */
  modelName: string;
  delegate?: Delegate;
  delegateReason?: string;
  modelLoadMs?: number;
  /** The model was already loaded in the app's pose worker (no fetch, no compile). */
  warm?: boolean;
  /** With the automatic setting: which model runs and why, or what is being measured. */
  choice?: string;
  source?: { kind: FrameSourceKind; label: string; mirrored: boolean };
  /** 'starting' while the model or the source is being opened. */
  phase: 'idle' | 'starting' | 'running' | 'ended' | 'failed';
  stats: FramePumpStats;
  /** Times the pose worker was restarted after it crashed or stopped answering. */
  restarts: number;
  /** The last restart: ms from the failure being noticed to the new worker's first answer. */
  restartMs?: number;
  /** What the person should know now: a failure, or a warning about what the camera sees. */
  message?: PipelineMessage;
}

export type Estimator = Pick<
  PoseEstimator,
  'delegate' | 'delegateReason' | 'modelLoadMs' | 'detect' | 'close'
> &
  Partial<Pick<PoseEstimator, 'warm' | 'keepOnlyThis' | 'prepareStandby'>>;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface LiveSessionDeps {
  /** Loads a model; `fresh` asks for a new worker in place of one that failed. */
  createEstimator(modelUrl: string, fresh?: boolean): Promise<Estimator>;
  /** The model setting to start with (a path or AUTO_MODEL); useModel() changes it. */
  modelUrl: string;
  onStatus(status: LiveStatus): void;
  /** Every analysed frame, smoothed: where the form engine plugs in. */
  onPoseFrame?(frame: PoseDetection): void;
  now?: () => number;
  /** Where the automatic choice is remembered (localStorage in the app). */
  store?: Store;
  /**
   * Where the busy-machine fallback of the automatic choice is kept: in memory, shared by the
   * page's sessions, so the next exercise does not time again (by default).
   */
  pageStore?: Store;
  /** How long each candidate of the automatic choice is timed, ms. */
  autoTimingMs?: number;
}

const NO_STATS: FramePumpStats = { processed: 0, detected: 0, dropped: 0, fps: 0, inferenceMs: 0 };

/** More restarts than this within RESTART_WINDOW_MS means restarting does not help: give up. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;
/** How long "tracking was restarted" stays on screen over the camera warnings. */
const RESTART_NOTICE_MS = 6000;
const AUTO_TIMING_MS = 1000;
/** While a candidate loads, frames are let go at this pace rather than in a busy loop. */
const LOADING_FRAME_GAP_MS = 50;
/**
 * Tracking that has answered frames this long runs steady: only then is a standby worker made
 * (pose-worker-host.ts), so that it never slows the first start or a restart.
 */
export const STANDBY_AFTER_MS = 10_000;

export function modelNameFromUrl(url: string): string {
  if (url === AUTO_MODEL) return 'automatic';
  const file = url.split(/[?#]/)[0]!.split('/').pop() || url;
  return file.replace(/\.(task|json)$/, '');
}

function toPipelineError(error: unknown): PipelineError {
  return error instanceof PipelineError ? error : new PipelineError('worker-failed', String(error));
}

/** Nothing stored: the choice lasts as long as the page. */
function pageStore(): Store {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

/** The page's own store for the busy-machine fallback: gone with the page. */
const PAGE_STORE = pageStore();

/** The automatic choice in words for the status line. */
function choiceText(choice: BackendChoice): string {
  return choice.measured
    ? `chosen on this device: ${choice.reason}`
    : `${choice.reason}; timed again when the machine catches up`;
}

export class LiveSession {
  private status: LiveStatus;
  private estimator: Promise<Estimator> | undefined;
  /** The estimator the pump sends frames to. */
  private active: Estimator | undefined;
  /** While a candidate is being timed, answers are counted here instead of being used. */
  private onTimedAnswer: (() => void) | undefined;
  private source: FrameSource | undefined;
  private pump: FramePump<ImageBitmap> | undefined;
  private readonly smoother = new PoseSmoother();
  private readonly presence = new PresenceMonitor();
  /** Bumped by every start and stop, so a slow start that was overtaken gives up. */
  private generation = 0;
  private disposed = false;
  private restartTimes: number[] = [];
  private restartedAt: number | undefined;
  /** Set from a restart until the new worker's first answer, which times the restart. */
  private awaitingRestart = false;
  private behind: BehindWatch | undefined;
  private catchUp: CatchUpWatch | undefined;
  /** The first answer used since the last start or restart; the standby is asked for once. */
  private answeringSince: number | undefined;
  private standbyAsked = false;
  private readonly now: () => number;
  private readonly store: Store;
  private readonly pageStore: Store;

  constructor(private readonly deps: LiveSessionDeps) {
    this.now = deps.now ?? (() => performance.now());
    this.store = deps.store ?? pageStore();
    this.pageStore = deps.pageStore ?? PAGE_STORE;
    this.status = {
      model: 'loading',
      modelUrl: deps.modelUrl,
      modelName: modelNameFromUrl(deps.modelUrl),
      phase: 'idle',
      stats: NO_STATS,
      restarts: 0,
    };
  }

  get current(): LiveStatus {
    return this.status;
  }

  private get auto(): boolean {
    return this.status.modelUrl === AUTO_MODEL;
  }

  /** The automatic setting's choice: measured on this device, else the page's busy fallback. */
  private autoChoice(): BackendChoice | undefined {
    return rememberedChoice(this.store) ?? rememberedChoice(this.pageStore);
  }

  /** The model file to load now: the setting, or with the automatic setting the remembered choice. */
  private modelPath(): { path: string; choice?: BackendChoice } {
    if (!this.auto) return { path: this.status.modelUrl };
    const choice = this.autoChoice();
    return { path: variantById(choice?.id ?? AUTO_CANDIDATES[0]!).path, choice };
  }

  /** Loads the model (once; again after a failure) and reports how that went. */
  loadModel(fresh = false): Promise<Estimator> {
    if (!this.estimator) {
      const { path, choice } = this.modelPath();
      this.update({
        model: 'loading',
        modelName: modelNameFromUrl(path),
        choice: this.auto
          ? choice
            ? choiceText(choice)
            : 'automatic: the models are timed on your camera when it starts'
          : undefined,
      });
      const loading = this.deps.createEstimator(path, fresh);
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
            warm: estimator.warm,
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

  /** Switches to another model setting: stops the source and loads the new model. */
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
      warm: undefined,
      choice: undefined,
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
    this.active = estimator;
    this.pump = this.newPump();
    this.update({
      phase: 'running',
      source: { kind: source.kind, label: source.label, mirrored: source.mirrored },
    });
    source.start({
      // While the worker restarts there is no pump: those frames are let go.
      onFrame: (grab) => this.pump?.offer(grab) ?? Promise.resolve(),
      onError: (error) => this.fail(error),
      onEnded: () => this.update({ phase: 'ended' }),
    });
    if (this.auto && !this.autoChoice()) await this.chooseModel(generation);
    this.smoother.reset();
    this.presence.reset();
    this.answeringSince = undefined;
    this.standbyAsked = false;
    const choice = this.auto ? this.autoChoice() : undefined;
    this.behind = choice?.measured ? new BehindWatch(choice) : undefined;
    this.catchUp = choice && !choice.measured ? new CatchUpWatch() : undefined;
  }

  /** Times the automatic setting's candidates on this source, then runs the chosen model. */
  private async chooseModel(generation: number): Promise<void> {
    const cancelled = () => generation !== this.generation || this.disposed || !this.source;
    const choice = await chooseOnSource({
      load: (path) =>
        this.deps.createEstimator(path).catch((error: unknown) => {
          console.warn(`[spine-coach] automatic choice: ${path} failed: ${String(error)}`);
          throw error;
        }),
      route: (estimator, onResult) => {
        this.active = estimator;
        this.onTimedAnswer = onResult;
      },
      timingMs: this.deps.autoTimingMs ?? AUTO_TIMING_MS,
      now: this.now,
      onProgress: (id) =>
        this.update({
          modelName: modelNameFromUrl(variantById(id).path),
          choice: `automatic: timing ${variantById(id).label} on your camera…`,
        }),
      cancelled,
    });
    if (cancelled()) return;
    if (!choice) {
      this.fail(new PipelineError('model-load-failed', 'no candidate model could run'));
      return;
    }
    if (choice.measured) {
      rememberChoice(this.store, choice);
      forgetChoice(this.pageStore);
    } else {
      // Nothing was measured: not remembered for the device, only for this page.
      console.warn(`[spine-coach] automatic choice: ${choice.reason}`);
      rememberChoice(this.pageStore, choice);
    }
    this.closeEstimator();
    try {
      const chosen = await this.loadModel();
      if (cancelled()) return;
      this.active = chosen;
      this.onTimedAnswer = undefined;
      void chosen.keepOnlyThis?.();
    } catch (error) {
      if (!cancelled()) this.fail(error);
    }
  }

  /** Stops the source; the model stays loaded for the next start. */
  stop(): void {
    this.generation++;
    this.stopSource();
    if (this.status.phase === 'running' || this.status.phase === 'starting') {
      this.update({ phase: 'idle' });
    }
  }

  /** Stops everything and lets go of the estimator (the app's worker keeps the model). */
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
    this.onTimedAnswer = undefined;
  }

  private newPump(): FramePump<ImageBitmap> {
    return new FramePump<ImageBitmap>(
      (bitmap, t) => {
        const estimator = this.active;
        if (estimator) return estimator.detect(bitmap, t);
        // Between two candidates of the automatic choice: the frame is let go, unanswered.
        bitmap.close();
        return new Promise((resolve) =>
          setTimeout(
            () => resolve({ timestampMs: t, width: 0, height: 0, poses: [], inferenceMs: 0 }),
            LOADING_FRAME_GAP_MS,
          ),
        );
      },
      {
        onResult: (detection) =>
          this.onTimedAnswer ? this.onTimedAnswer() : this.onDetection(detection),
        onError: (error) => void this.restartTracking(error),
        now: this.deps.now,
      },
    );
  }

  /**
   * The worker crashed, stopped answering or the model threw: start a new worker with the same
   * model and carry on with the same source. The form engine behind onPoseFrame is not touched,
   * so the set in progress keeps its time and reps; it only misses the frames of the restart.
   */
  private async restartTracking(error: unknown): Promise<void> {
    // While the automatic choice times a candidate, a frame it fails to answer in time only makes
    // it slow: the timing gives up on it and moves on (the worker is not restarted under it).
    if (this.onTimedAnswer) {
      console.warn(`[spine-coach] automatic choice: ${toPipelineError(error).detail ?? ''}`);
      return;
    }
    const generation = this.generation;
    const now = this.now();
    this.restartTimes = this.restartTimes.filter((t) => now - t <= RESTART_WINDOW_MS);
    if (this.restartTimes.length >= MAX_RESTARTS) return this.fail(error);
    this.restartTimes.push(now);
    console.warn(
      `[spine-coach] restarting the pose worker: ${toPipelineError(error).detail ?? ''}`,
    );
    this.pump?.stop();
    this.pump = undefined;
    this.active = undefined;
    this.estimator = undefined;
    this.restartedAt = now;
    this.awaitingRestart = true;
    this.update({
      restarts: this.status.restarts + 1,
      message: describePipelineError('tracking-restarted'),
    });
    let estimator: Estimator;
    try {
      estimator = await this.loadModel(true);
    } catch (reloadError) {
      if (generation === this.generation) this.fail(reloadError);
      return;
    }
    if (generation !== this.generation || this.disposed || !this.source) return;
    this.smoother.reset();
    this.answeringSince = undefined;
    this.standbyAsked = false;
    this.active = estimator;
    this.pump = this.newPump();
  }

  private onDetection(detection: PoseDetection): void {
    const smoothed = this.smoother.smooth(detection);
    const warning = this.presence.update(smoothed);
    const message = this.status.message;
    const restartNotice =
      message?.code === 'tracking-restarted' &&
      this.restartedAt !== undefined &&
      this.now() - this.restartedAt < RESTART_NOTICE_MS;
    const keepMessage = message && (message.severity === 'error' || restartNotice);
    const stats = this.pump?.stats ?? this.status.stats;
    const restartMs =
      this.awaitingRestart && this.restartedAt !== undefined
        ? Math.round(this.now() - this.restartedAt)
        : this.status.restartMs;
    this.awaitingRestart = false;
    this.update({
      stats,
      restartMs,
      message: keepMessage ? message : warning ? describePipelineError(warning) : undefined,
    });
    if (this.behind?.update(stats.fps, this.now())) this.fellBehind(stats.fps);
    if (this.catchUp?.update(stats.fps, this.now())) this.caughtUp(stats.fps);
    this.askForStandbyOnceSteady();
    this.deps.onPoseFrame?.(smoothed);
  }

  private askForStandbyOnceSteady(): void {
    const now = this.now();
    this.answeringSince ??= now;
    if (this.standbyAsked || now - this.answeringSince < STANDBY_AFTER_MS) return;
    this.standbyAsked = true;
    void this.active?.prepareStandby?.().catch((error: unknown) => {
      console.warn(`[spine-coach] standby pose worker not made: ${String(error)}`);
    });
  }

  /** The chosen model no longer keeps up: measure again at the next start, and say so. */
  private fellBehind(fps: number): void {
    this.behind = undefined;
    forgetChoice(this.store);
    this.update({
      choice: `${this.status.choice ?? ''}; now ${fps.toFixed(1)} fps, falling behind: measured again at the next start`,
    });
  }

  /** The busy-machine fallback now runs fast enough: the candidates are timed at the next start. */
  private caughtUp(fps: number): void {
    this.catchUp = undefined;
    forgetChoice(this.pageStore);
    this.update({
      choice: `${this.status.choice ?? ''}; now ${fps.toFixed(1)} fps, caught up: timed at the next start`,
    });
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
