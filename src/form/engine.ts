import type { PoseFrame } from '../pose/landmarks';
import { buildBodyFrame } from './body/body-frame';
import { frameGuidance, viewGuidance } from './body/frame-guidance';
import { createGuidanceMajority } from './cues/guidance-majority';
import { createSeenFar } from './body/seen-far';
import { createTrackingLight } from './body/tracking-light';
import { cutOffRegions, missingRegions } from './body/visibility';
import type { BodyRegion } from './body/visibility';
import { getChecker } from './checkers/registry';
import type { RepTimingParams, TimingParams } from './checkers/timing-params';
import { createCueScheduler, type CueTiming } from './cues/cue-scheduler';
import { createEngineFaults } from './engine-faults';
import type { FormExerciseSpec } from './exercise-spec';
import { createTimeWeightedMean, frameScore } from './scoring/form-score';
import { createRepScorecard } from './scoring/rep-scorecard';
import { createFaultPersistence, type FaultPersistenceOptions } from './timing/fault-persistence';
import { createHoldTimer, type HoldTimerEvent } from './timing/hold-timer';
import { withinModel } from './model-needs';
import { createRepCounter, type CompletedRep } from './timing/rep-counter';
import { createSettledHold, type SettledFrame } from './timing/settled-hold';
import { createTrackingDiscontinuity } from './timing/tracking-discontinuity';
import type {
  ActiveFault,
  BodyFrame,
  EngineEvent,
  EngineState,
  EngineSummary,
  Fault,
  FrameAssessment,
  Guidance,
  Phase,
  RepRecord,
  Side,
} from './types';

export interface EngineOptions {
  faultCues: CueTiming;
  guidanceCues: CueTiming;
  faults: FaultPersistenceOptions;
  /** Guidance must last this long before it shows (one bad frame does not flash a message). */
  guidanceShowMs: number;
  /**
   * Guidance gone for less than this goes on (an ankle at the picture's edge, guessed visible in one
   * frame, does not restart "move back", which must last to be said).
   */
  guidanceGapMs: number;
  /**
   * A reason asked for on most frames of this long (guidance-majority.ts) goes on through its gaps
   * while the person is out of position, so "move back" that comes and goes is still said.
   */
  guidanceMajorityMs: number;
  /** Seen but out of position this long (with nothing under way) before "get into position". */
  notInPositionAfterMs: number;
  /** A paused hold not resumed within this long has ended. */
  holdEndAfterMs: number;
  /** Longest frame gap counted in time-weighted means (a stalled camera is not "in position"). */
  maxFrameGapMs: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  faultCues: { minLastingMs: 1500, repeatAfterMs: 8000, minGapMs: 3000, goodAfterMs: 1500 },
  guidanceCues: { minLastingMs: 1500, repeatAfterMs: 8000, minGapMs: 3000, goodAfterMs: 0 },
  faults: { onMs: 300, offMs: 500 },
  guidanceShowMs: 500,
  guidanceGapMs: 600,
  guidanceMajorityMs: 3000,
  notInPositionAfterMs: 3000,
  holdEndAfterMs: 3000,
  maxFrameGapMs: 250,
};

/** Used when an exercise's content file has no sentence for a guidance id. */
export const DEFAULT_GUIDANCE_TEXT: Record<Guidance, string> = {
  'come-into-frame': 'Come into the frame',
  'move-back': 'Move back so your whole body is visible',
  'turn-side-on': 'Turn side-on to the camera',
  'face-the-camera': 'Face the camera',
  'one-person-only': 'One person only in the frame, please',
  'come-closer': 'Come closer to the camera so I can see you clearly',
  'more-light': 'More light, please, or turn so the window is not behind you',
  'not-in-position': 'Get into the starting position',
};

export interface FormEngine {
  update(frame: PoseFrame): EngineState;
  summary(): EngineSummary;
  reset(): void;
}

const NOT_IN_POSITION: FrameAssessment = { inPosition: false, faults: [] };
/**
 * The problems that keep the checker from looking at all; a body seen from another angle is seen,
 * and out of position.
 */
const UNSEEN: ReadonlySet<Guidance> = new Set(['come-into-frame', 'move-back', 'one-person-only']);
/**
 * Unseen this long, a hold pauses and a rep under way is dropped; seen out of position, the
 * exercise's holdExitMs (0.5-0.8 s) applies. The model loses a person for a few frames at a time
 * against a bright window or in poor light (`npm run eval -- --missed`): with a fifth of the frames
 * missed in runs of three, exact rep counts went from 13 to 18 of 18 with this; with a third,
 * holds within 1 s of their labels from 4 to 12 of 18 (13 with 1.5 or 2 s).
 */
const UNSEEN_MS = 1000;

function hasRepTiming(params: TimingParams): params is RepTimingParams {
  return (
    params.repEnter !== undefined &&
    params.repExit !== undefined &&
    params.repMinTopMs !== undefined
  );
}

/**
 * A rep short of the textbook range: a real fault of the rep (a physiotherapist asks for more), but
 * the rep was done and counted, so it costs less than a faulty position held.
 */
const SHORT_RANGE_SEVERITY = 0.3;

/** One fault per id (a checker and the engine may both see a short range): the strongest. */
function strongestById(faults: readonly Fault[]): Fault[] {
  const byId = new Map<string, Fault>();
  for (const fault of faults) {
    const seen = byId.get(fault.id);
    if (!seen || fault.severity > seen.severity) byId.set(fault.id, fault);
  }
  return [...byId.values()];
}

/** Orders faults by importance: severity, discounted a little for faults the checker lists later. */
function rankFaults(faults: readonly Fault[], order: readonly string[]): Fault[] {
  const weight = (fault: Fault) => {
    const index = order.indexOf(fault.id);
    return fault.severity * (1 - 0.1 * Math.min(5, index < 0 ? order.length : index));
  };
  return [...faults].sort((a, b) => weight(b) - weight(a));
}

/**
 * The form engine for one exercise: feed it pipeline frames, one at a time in time order (a frame
 * older than the last starts a new observation), and it reports the phase, hold seconds, reps, the
 * form score, active faults, guidance and cue events.
 */
export function createFormEngine(
  spec: FormExerciseSpec,
  options: EngineOptions = DEFAULT_ENGINE_OPTIONS,
): FormEngine {
  const definition = getChecker(spec.checker.kind);
  const params: TimingParams = definition.paramsSchema.parse(spec.checker.params);
  // The checker keeps what it judges over time (a swing under way, a rest's baseline): reset()
  // replaces it with a new one.
  let assess = definition.create(params);
  const judgedByModel = withinModel(definition);
  const faultOrder = definition.faults.map((f) => f.id);
  // What the checker truly needs in the picture (a hand reaching out of the frame in a bird-dog
  // must not stop the count); the exercise's own list when the checker names none.
  const needed: readonly BodyRegion[] =
    definition.needs.length > 0 ? definition.needs : spec.camera.visible;
  const view = spec.camera.view === 'any' ? definition.view : spec.camera.view;
  // The regions the checker judges a fault of, among those the exercise asks to see: one cut off by
  // the picture's edge is judged from a guess (a hand below the picture "under the shoulders").
  const judgedRegions = spec.camera.visible.filter((region) =>
    definition.faults.some((fault) => fault.bodyPart === region),
  );

  if (definition.mode === 'reps' && !hasRepTiming(params)) {
    throw new Error(
      `${spec.id}: checker "${definition.kind}" counts reps and needs repEnter, repExit and repMinTopMs in its params`,
    );
  }
  if (definition.mode === 'reps' && definition.movingPart === undefined) {
    throw new Error(`checker "${definition.kind}" counts reps and must name its movingPart`);
  }
  const holdTimer = createHoldTimer({
    enterMs: params.holdEnterMs,
    exitMs: params.holdExitMs,
    unseenMs: UNSEEN_MS,
  });
  // A hold (or a rep's top) counts from the moment it is reached and settled until the person
  // starts to leave it, read from the speed of what the checker judges: a rep's movement signal,
  // whose whole textbook span crossed within a second is movement whatever the person's noise, or
  // a held position's settle key (the hip angle of a child's pose, a plank's line), with the
  // checker's own speed for that. Frames reach the hold timer a moment late, once that is known.
  // Held positions without a key are timed as the checker sees them (the body's overall shape
  // moved too much in good holds to judge settling by it).
  // A rep checker whose movement signal rests on a landmark the camera cannot see at the top (a
  // hand threaded under the chest, its height guessed) gives a settle key of what it does see.
  const settledHold = createSettledHold(
    definition.mode === 'reps' && definition.settleMovingPerS === undefined
      ? Math.abs((params.repEnter ?? 0) - (params.repExit ?? 0)) || Infinity
      : (definition.settleMovingPerS ?? Infinity),
  );
  const repCounter =
    definition.mode === 'reps'
      ? createRepCounter({
          style: definition.repStyle ?? 'out-and-back',
          range: definition.repRange ?? 'own',
          enter: params.repEnter ?? 0,
          exit: params.repExit ?? 0,
          minTopMs: params.repMinTopMs ?? 0,
        })
      : null;
  // After a rushed rep its fault stays present long enough to outlast its debouncing (the fault's
  // onMs, then the cue's minLastingMs) with half a second to spare for the frame rate.
  const engineFaults = createEngineFaults(
    spec,
    definition,
    options.faults.onMs + options.faultCues.minLastingMs + 500,
  );
  const faultPersistence = createFaultPersistence(options.faults);
  const trackingDiscontinuity = createTrackingDiscontinuity();
  const trackingLight = createTrackingLight();
  const seenFar = createSeenFar();
  const faultCues = createCueScheduler(options.faultCues);
  const guidanceCues = createCueScheduler(options.guidanceCues);
  const guidanceMajority = createGuidanceMajority(options.guidanceMajorityMs);

  // Everything below is reset by reset().
  let lastTimestampMs: number | null = null;
  let rawGuidance: Guidance | null = null;
  let rawGuidanceSinceMs = 0;
  let rawGuidanceSeenMs = 0;
  // Since when the person has been seen out of position, and when last seen in it (reps).
  let outOfPositionSinceMs: number | null = null;
  let lastInPositionMs: number | null = null;
  let pausedAtMs: number | null = null;
  let everActive = false;
  const sessionScore = createTimeWeightedMean();
  const repScorecard = createRepScorecard();
  // The start of the rep whose frames repScorecard holds.
  let scoredRepStartedAtMs: number | null = null;
  let faultMs = new Map<string, number>();
  let endMs = { high: 0, low: 0 };
  let repRecords: RepRecord[] = [];
  // A rep that fell short of the textbook range or was faulty through its top, or a half rep that
  // turned back before the person's own midpoint: its fault stands a while after it, so that it is
  // said once ("arch your back further", "lift your hips higher") and the next full rep clears it.
  let shortRangeUntilMs = new Map<string, number>();

  const shortRangeShownMs = options.faults.onMs + options.faultCues.minLastingMs + 500;
  const faultPart = new Map(definition.faults.map((f) => [f.id, f.bodyPart]));
  const checkerFaultIds = new Set(faultPart.keys());
  function shortRangeFaults(t: number): Fault[] {
    return [...shortRangeUntilMs]
      .filter(([, until]) => t < until)
      .map(([id]) => ({
        id,
        bodyPart: faultPart.get(id) ?? 'back',
        severity: SHORT_RANGE_SEVERITY,
      }));
  }

  const cueText = (id: string) => spec.cues[id] ?? id.replaceAll('-', ' ');
  const guidanceText = (g: Guidance) => spec.cues[g] ?? DEFAULT_GUIDANCE_TEXT[g];

  function judge(frame: PoseFrame, body: BodyFrame | null) {
    const neededNow = (body && definition.needsByView?.[body.view]) || needed;
    const tolerated = definition.alsoRecognisedFrom ?? [];
    const visibilityProblem = frameGuidance(frame, body, neededNow, view, tolerated);
    const assessment =
      body && !visibilityProblem ? judgedByModel(assess(body), body) : NOT_IN_POSITION;
    // Seen from a view the checker tolerates: counted, and advised to turn for a full judgement.
    const viewAdvice = body && !visibilityProblem ? viewGuidance(view, body.view) : null;
    return { visibilityProblem, viewAdvice, assessment };
  }

  /** Guidance after debouncing: shown once it has lasted, so one bad frame does not flash it. */
  function settleGuidance(candidate: Guidance | null, t: number): Guidance | null {
    const gap = candidate === null && t - rawGuidanceSeenMs < options.guidanceGapMs;
    const current = gap ? rawGuidance : candidate;
    if (current !== rawGuidance) {
      rawGuidance = current;
      rawGuidanceSinceMs = t;
    }
    if (candidate) rawGuidanceSeenMs = t;
    const needMs =
      current === 'not-in-position' ? options.notInPositionAfterMs : options.guidanceShowMs;
    return current && t - rawGuidanceSinceMs >= needMs ? current : null;
  }

  function update(frame: PoseFrame): EngineState {
    const t = frame.timestampMs;
    const clockWentBack = lastTimestampMs !== null && t < lastTimestampMs;
    const dt =
      lastTimestampMs === null
        ? 0
        : Math.min(options.maxFrameGapMs, Math.max(0, t - lastTimestampMs));
    lastTimestampMs = t;
    const events: EngineEvent[] = [];
    const body = buildBodyFrame(frame);
    // A camera cut or another person is a new observation: nothing under way carries over, and
    // the position must be reached again (a rep from rest, a hold through its entry time). So is a
    // clock that went back (a restarted source): measured across it, a hold would lose time. The
    // checker starts afresh too: what it follows over frames (a rest's baseline, a swing, a
    // settled pose) belonged to the picture before.
    if (trackingDiscontinuity.update(body) || clockWentBack) {
      assess = definition.create(params);
      repCounter?.abort();
      engineFaults.interrupt();
      feedHold(settledHold.flush(), events);
      settledHold.reset();
      const paused = holdTimer.interrupt();
      if (paused) {
        pausedAtMs = paused.atMs;
        events.push({ type: 'hold-paused', atMs: paused.atMs, holdSeconds: paused.seconds });
      }
    }
    const { visibilityProblem, viewAdvice, assessment } = judge(frame, body);
    seenFar.update(frame);
    // Nobody found where the person was last seen small: lost for being too far, not gone.
    const visibilityGuidance =
      visibilityProblem === 'come-into-frame' && seenFar.lastSeenFar()
        ? 'come-closer'
        : visibilityProblem;
    const poorLight = trackingLight.update(
      frame,
      body !== null && visibilityProblem !== 'move-back' && visibilityProblem !== 'come-into-frame',
    );
    const inPosition = assessment.inPosition;
    // Not judged (nobody found, a needed part out of sight, two people): no verdict on the hold.
    const unjudged = body === null || (visibilityProblem !== null && UNSEEN.has(visibilityProblem));

    // Reps: the movement signal counts only while in position; a rep under way is dropped when the
    // person has been out of position (or unseen) as long as a hold would pause.
    let atTop = inPosition;
    if (repCounter) {
      if (inPosition) {
        outOfPositionSinceMs = null;
        lastInPositionMs = t;
        if (assessment.movement !== undefined) {
          const rep = repCounter.update(assessment.movement, t, assessment.side);
          const halfRepFault = repCounter.turnedBackShort && definition.shortRangeFaults?.high;
          if (halfRepFault) shortRangeUntilMs.set(halfRepFault, t + shortRangeShownMs);
          if (rep) {
            const shortFaults = shortFaultsOf(rep);
            const topFault = repScorecard.topFault(checkerFaultIds);
            shortRangeUntilMs = new Map(
              [...shortFaults, ...(topFault ? [topFault] : [])].map((id) => [
                id,
                t + shortRangeShownMs,
              ]),
            );
            const record = repRecordOf(rep);
            repRecords.push(record);
            events.push({ type: 'rep-completed', atMs: t, ...record });
            engineFaults.repCompleted(t, endMs.high + endMs.low);
          }
        }
      } else {
        if (!unjudged) outOfPositionSinceMs ??= t;
        const seenOut =
          outOfPositionSinceMs !== null && t - outOfPositionSinceMs >= params.holdExitMs;
        const unseen = t - (lastInPositionMs ?? t) >= Math.max(params.holdExitMs, UNSEEN_MS);
        if (seenOut || unseen) {
          repCounter.abort();
          engineFaults.interrupt();
        }
      }
      // The top is timed as a hold straight from the signal: the hold timer has its own hysteresis.
      // Two-ended movements (cat-cow) hold at both ends; out-and-back ones only at a top reached
      // from rest (starting at the top, e.g. a cut into a video mid-rep, is not a rep's hold).
      const movement = assessment.movement;
      const twoEnded = definition.repStyle === 'two-ended';
      atTop =
        inPosition &&
        movement !== undefined &&
        (twoEnded || repCounter.inRep) &&
        (movement >= (params.repEnter ?? Infinity) ||
          (twoEnded && movement <= (params.repExit ?? -Infinity)));
      if (inPosition && repCounter.at)
        endMs = { ...endMs, [repCounter.at]: endMs[repCounter.at] + dt };
    }

    const key =
      definition.mode === 'reps' && !assessment.settleKey
        ? assessment.movement !== undefined
          ? [assessment.movement]
          : undefined
        : assessment.settleKey;
    feedHold(
      unjudged ? settledHold.unseen(t) : settledHold.push(t, atTop, inPosition, key),
      events,
    );
    // Measured on the hold's own clock: frames reach the hold timer a moment late, so a hold that
    // resumes is known a moment after the person is back.
    const holdKnownToMs = settledHold.decidedToMs ?? t;
    if (
      pausedAtMs !== null &&
      !holdTimer.holding &&
      holdKnownToMs - pausedAtMs >= options.holdEndAfterMs
    ) {
      events.push({ type: 'hold-ended', atMs: t, holdSeconds: holdTimer.seconds });
      pausedAtMs = null;
    }

    // Faults and score: judged only in position.
    const engineFaultsNow = engineFaults.update(body, holdTimer.holding && atTop, t);
    const shortRangeNow = shortRangeFaults(t);
    const active = rankFaults(
      faultPersistence.update(
        inPosition
          ? strongestById([...assessment.faults, ...engineFaultsNow, ...shortRangeNow])
          : [],
        t,
      ),
      faultOrder,
    );
    const score = inPosition ? Math.round(frameScore(active)) : null;
    if (inPosition) {
      everActive = true;
      sessionScore.add(score ?? 100, dt);
      for (const fault of active) faultMs.set(fault.id, (faultMs.get(fault.id) ?? 0) + dt);
      if (repCounter?.inRep) {
        // A new rep, after one completed or one dropped on the way (turned back short, out of
        // position, a camera cut): only its own frames make its score.
        if (repCounter.repStartedAtMs !== scoredRepStartedAtMs) {
          scoredRepStartedAtMs = repCounter.repStartedAtMs;
          repScorecard.reset();
        }
        // A range fault standing from an earlier rep is not this rep's: counted as this one's top
        // fault, it would stand again after it, and again, however full the next reps.
        const judgedIds = new Set([...assessment.faults, ...engineFaultsNow].map((f) => f.id));
        const carried = new Set(shortRangeNow.map((f) => f.id).filter((id) => !judgedIds.has(id)));
        repScorecard.add(
          score ?? 100,
          active.filter((f) => !carried.has(f.id)),
          atTop,
          dt,
        );
      }
    }

    // Guidance: what blocks judging, or, once seen clearly but idle for a while, "get into position".
    const doingSomething = holdTimer.holding || (repCounter?.inRep ?? false);
    // Not in position while part of what the exercise shows is out of the picture (a close crop
    // cutting off the hands and knees): the framing is the likely reason, so say that.
    const cutOff =
      body && !inPosition && missingRegions(body, spec.camera.visible).length > 0
        ? 'move-back'
        : null;
    // At the top of an out-and-back rep never seen starting (found already in it, as when the rest
    // was out of the picture): nothing counts until the person is seen at rest, so say so.
    const unstartedTop =
      inPosition &&
      repCounter !== null &&
      !repCounter.inRep &&
      (definition.repStyle ?? 'out-and-back') === 'out-and-back' &&
      (assessment.movement ?? -Infinity) >= (params.repEnter ?? Infinity);
    // In position with a part the checker judges cut off by the picture's edge: counted, and
    // advised to move back, as a tolerated view is advised to turn.
    const framingAdvice =
      body && inPosition && cutOffRegions(body, judgedRegions).length > 0 ? 'move-back' : null;
    // Seen, but too small to track steadily (seen-far.ts) while nothing is being counted: a still
    // person's landmarks jitter as if they moved, so closer is what would let the count start.
    const tooFar = body && !doingSomething && seenFar.lastSeenFar() ? 'come-closer' : null;
    // Poor light first: the flickering pose would otherwise read as someone coming and going.
    const candidate =
      (poorLight ? 'more-light' : null) ??
      visibilityGuidance ??
      viewAdvice ??
      framingAdvice ??
      tooFar ??
      (!inPosition && !doingSomething ? (cutOff ?? 'not-in-position') : null) ??
      (unstartedTop ? 'not-in-position' : null);
    // "Get into position" is no reason: a real one asked for most of the last seconds stands for it.
    const usual = guidanceMajority.update(t, candidate === 'not-in-position' ? null : candidate);
    const generic = candidate === null || candidate === 'not-in-position';
    const guidance = settleGuidance(usual && generic && !inPosition ? usual : candidate, t);
    const guidanceCue = guidanceCues.update(guidance ? [guidance] : [], t, false);
    if (guidance && guidanceCue?.type === 'cue') {
      events.push({ type: 'guidance', atMs: t, guidance, text: guidanceText(guidance) });
    }
    const faultCue = faultCues.update(
      active.map((f) => f.id),
      t,
      inPosition,
    );
    if (faultCue?.type === 'cue') {
      events.push({ type: 'cue', atMs: t, faultId: faultCue.id, text: cueText(faultCue.id) });
    } else if (faultCue?.type === 'good') {
      events.push({ type: 'good', atMs: t, text: spec.cues.good ?? 'Good' });
    }

    const phase = phaseOf(visibilityProblem !== null && guidance !== null, inPosition);
    const faults: ActiveFault[] = active.map((f) => ({ ...f, cue: cueText(f.id) }));
    return {
      timestampMs: t,
      score,
      faults,
      phase,
      guidance,
      holdSeconds: holdTimer.seconds,
      holdClockAtMs: settledHold.decidedToMs ?? t,
      reps: repCounter?.reps ?? 0,
      repsBySide: repCounter?.repsBySide ?? { left: 0, right: 0 },
      events,
    };
  }

  function holdEvent(event: HoldTimerEvent | null, events: EngineEvent[]) {
    if (event?.type === 'started') {
      pausedAtMs = null;
      events.push({ type: 'hold-started', atMs: event.atMs });
    } else if (event?.type === 'paused') {
      pausedAtMs = event.atMs;
      events.push({ type: 'hold-paused', atMs: event.atMs, holdSeconds: event.seconds });
    }
  }

  function feedHold(frames: readonly SettledFrame[], events: EngineEvent[]) {
    for (const frame of frames) holdEvent(holdTimer.update(frame.held, frame.t), events);
  }

  function phaseOf(blocked: boolean, inPosition: boolean): Phase {
    if (blocked) return 'not-ready';
    if (holdTimer.holding) return 'holding';
    if (repCounter && inPosition) return 'moving';
    const done = holdTimer.seconds > 0 || (repCounter?.reps ?? 0) > 0;
    return done && !inPosition ? 'resting' : 'getting-into-position';
  }

  /** The range faults of a rep that fell short of an end (its textbook top or rest). */
  function shortFaultsOf(rep: CompletedRep): string[] {
    return (rep.short ?? []).flatMap((end) => {
      const id = definition.shortRangeFaults?.[end];
      return id ? [id] : [];
    });
  }

  /** A rep's record, completed or cut off: its worst checker fault, else its short range. */
  function repRecordOf(rep: CompletedRep): RepRecord {
    const worstFault = repScorecard.worstFault ?? shortFaultsOf(rep)[0];
    return {
      rep: rep.rep,
      ...(rep.side ? { side: rep.side } : {}),
      startedAtMs: rep.startedAtMs,
      durationMs: rep.durationMs,
      score: repScorecard.score,
      ...(worstFault ? { worstFault } : {}),
    };
  }

  function summary(): EngineSummary {
    const faultSeconds: Record<string, number> = {};
    for (const [id, ms] of faultMs) faultSeconds[id] = ms / 1000;
    const repsBySide: Record<Side, number> = {
      ...(repCounter?.repsBySide ?? { left: 0, right: 0 }),
    };
    const mean = sessionScore.mean;
    // The set ends here: a rep on its way down from its top counts, as frames still waiting for
    // their verdict count as they stand.
    const cutOff = repCounter?.cutOffRep();
    const cutOffRecords: RepRecord[] = cutOff ? [repRecordOf(cutOff)] : [];
    if (cutOff?.side) repsBySide[cutOff.side]++;
    return {
      exerciseId: spec.id,
      holdSeconds: holdTimer.secondsAfter(settledHold.preview()),
      reps: (repCounter?.reps ?? 0) + cutOffRecords.length,
      repsBySide,
      repRecords: [...repRecords, ...cutOffRecords],
      score: everActive && mean !== null ? Math.round(mean) : null,
      faultSeconds,
      secondsInPosition: sessionScore.totalMs / 1000,
      endSeconds: { high: endMs.high / 1000, low: endMs.low / 1000 },
    };
  }

  function reset() {
    assess = definition.create(params);
    holdTimer.reset();
    settledHold.reset();
    repCounter?.reset();
    trackingDiscontinuity.reset();
    trackingLight.reset();
    seenFar.reset();
    faultPersistence.reset();
    faultCues.reset();
    guidanceCues.reset();
    guidanceMajority.reset();
    sessionScore.reset();
    repScorecard.reset();
    lastTimestampMs = null;
    rawGuidance = null;
    rawGuidanceSinceMs = 0;
    rawGuidanceSeenMs = 0;
    outOfPositionSinceMs = null;
    lastInPositionMs = null;
    pausedAtMs = null;
    everActive = false;
    scoredRepStartedAtMs = null;
    faultMs = new Map();
    endMs = { high: 0, low: 0 };
    repRecords = [];
    shortRangeUntilMs = new Map();
    engineFaults.reset();
  }

  return { update, summary, reset };
}
