import type { EngineState, PoseFrame } from '../form/types';
import type { ExerciseTargets } from '../workout/exercise-targets';
import type { HistoryDb } from './history-db';
import type {
  RepRow,
  SetRow,
  SetTarget,
  TrackChunk,
  WorkoutEnding,
  WorkoutRow,
} from './history-records';
import { createSetTally, type SetTally } from './set-tally';
import { describeStorageError, type StorageProblem } from './storage-problem';
import { packTrack, type TrackFrame } from './track-codec';

/** What the workout hands the recorder after the engine judged a frame. */
export interface JudgedFrame {
  stepIndex: number;
  exercise: { id: string; name: string; cues: Readonly<Record<string, string>> };
  targets: ExerciseTargets;
  /** The set under way (1-based) and how many the dose prescribes. */
  set: number;
  sets: number;
  state: EngineState;
  frame: PoseFrame;
}

/** Saved at least this often (and after each rep): a crash loses less than this. */
export const SAVE_EVERY_MS = 4000;
/** Landmark frames kept per second for the replay. */
export const TRACK_FPS = 15;

export type SaveStatus =
  | { ok: true; savedAt?: string }
  | {
      ok: false;
      problem: StorageProblem;
      /** What is only in this page so far, in words: "2 reps, 12 s of movement". */
      unsaved: string;
    };

export interface RecorderDeps {
  /** The database; may reject (unavailable, blocked): the workout goes on either way. */
  db: () => Promise<HistoryDb>;
  workoutId: string;
  routine: { id: string; name: string } | null;
  now: () => Date;
  /** Starts the periodic save; returns how to stop it (tests drive time themselves). */
  every?: (ms: number, run: () => void) => () => void;
}

interface OpenSet {
  row: SetRow;
  key: string;
  tally: SetTally;
  frames: TrackFrame[];
  chunkSeq: number;
  lastTrackT: number;
  width: number;
  height: number;
  repCount: number;
}

function setTarget(targets: ExerciseTargets): SetTarget {
  return targets.kind === 'hold'
    ? { kind: 'hold', holdSeconds: targets.holdSeconds }
    : { kind: 'reps', reps: targets.reps, perSide: targets.perSide };
}

/**
 * Records a workout as it happens into the history database. Each save writes only what is new:
 * the workout row and the open set's summary (both small, replaced), new reps and a new chunk of
 * landmark track (appended). A failed save keeps everything here and the next save tries again,
 * so nothing is dropped while the page lives; the status says what is not stored yet.
 */
export function createWorkoutRecorder(deps: RecorderDeps) {
  const startedAt = deps.now().toISOString();
  const workout: WorkoutRow = {
    id: deps.workoutId,
    startedAt,
    endedAt: startedAt,
    routine: deps.routine,
    ending: 'in-progress',
  };
  let current: OpenSet | undefined;
  let seq = 0;
  // Waiting to be written: replaced rows by id, appended rows in order.
  const dirtySets = new Map<string, SetRow>();
  let newReps: RepRow[] = [];
  let newChunks: TrackChunk[] = [];
  // Everything of this workout, for an export when the browser would not store it.
  const allSets = new Map<string, SetRow>();
  const allReps: RepRow[] = [];
  const allChunks: TrackChunk[] = [];
  let status: SaveStatus = { ok: true };
  let saving: Promise<SaveStatus> | undefined;
  let again = false;
  const stopTimer = (deps.every ?? defaultEvery)(SAVE_EVERY_MS, () => void save());

  function sealChunk(set: OpenSet) {
    if (set.frames.length === 0) return;
    const chunk = packTrack(set.frames, {
      setId: set.row.id,
      seq: set.chunkSeq++,
      workoutId: workout.id,
      width: set.width,
      height: set.height,
    });
    set.frames = [];
    newChunks.push(chunk);
    allChunks.push(chunk);
  }

  function refreshRow(set: OpenSet) {
    set.row = { ...set.row, ...set.tally.summary() };
    dirtySets.set(set.row.id, set.row);
    allSets.set(set.row.id, set.row);
  }

  function openSet(judged: JudgedFrame): OpenSet {
    const id = `${workout.id}/${seq}`;
    const row: SetRow = {
      id,
      workoutId: workout.id,
      seq: seq++,
      exerciseId: judged.exercise.id,
      name: judged.exercise.name,
      setNumber: judged.set,
      setsPrescribed: judged.sets,
      target: setTarget(judged.targets),
      startedAt: deps.now().toISOString(),
      durationMs: 0,
      holdSeconds: 0,
      reps: 0,
      repsBySide: { left: 0, right: 0 },
      score: null,
      secondsInPosition: 0,
      faults: [],
    };
    return {
      row,
      key: `${judged.stepIndex}:${judged.set}`,
      tally: createSetTally(judged.state, judged.exercise.cues),
      frames: [],
      chunkSeq: 0,
      lastTrackT: -Infinity,
      width: judged.frame.width,
      height: judged.frame.height,
      repCount: 0,
    };
  }

  function unsavedWords(): string {
    const reps = newReps.length;
    const frames =
      newChunks.reduce((n, c) => n + c.times.length, 0) + (current?.frames.length ?? 0);
    const parts = [`${dirtySets.size} set(s)`, `${reps} rep(s)`];
    parts.push(`${Math.round(frames / TRACK_FPS)} s of movement for the replay`);
    return parts.join(', ');
  }

  async function write(): Promise<SaveStatus> {
    // Nobody was seen yet: an empty workout is not history.
    if (!current && allSets.size === 0) return status;
    if (current) {
      sealChunk(current);
      refreshRow(current);
    }
    workout.endedAt = deps.now().toISOString();
    const sets = [...dirtySets.values()];
    const reps = newReps;
    const chunks = newChunks;
    try {
      const db = await deps.db();
      await db.transaction('rw', [db.workouts, db.sets, db.reps, db.tracks], async () => {
        await db.workouts.put({ ...workout });
        if (sets.length > 0) await db.sets.bulkPut(sets);
        if (reps.length > 0) await db.reps.bulkPut(reps);
        if (chunks.length > 0) await db.tracks.bulkPut(chunks);
      });
    } catch (error) {
      status = { ok: false, problem: describeStorageError(error), unsaved: unsavedWords() };
      return status;
    }
    // Only what this save wrote is cleared: rows added while it ran wait for the next one.
    for (const row of sets) if (dirtySets.get(row.id) === row) dirtySets.delete(row.id);
    newReps = newReps.slice(reps.length);
    newChunks = newChunks.slice(chunks.length);
    status = { ok: true, savedAt: workout.endedAt };
    return status;
  }

  /** Saves what is new; saves never overlap, and one asked for during a save follows it. */
  function save(): Promise<SaveStatus> {
    if (saving) {
      again = true;
      return saving;
    }
    saving = (async () => {
      let result = await write();
      while (again) {
        again = false;
        result = await write();
      }
      saving = undefined;
      return result;
    })();
    return saving;
  }

  return {
    id: workout.id,

    /** One judged frame: tallies the set, keeps the track at 15 fps, saves after each rep. */
    onFrame(judged: JudgedFrame): void {
      const key = `${judged.stepIndex}:${judged.set}`;
      if (current && current.key !== key) {
        sealChunk(current);
        refreshRow(current);
        current = undefined;
      }
      // Frames before anyone is seen start nothing: a camera left on an empty room is not a set.
      if (!current && judged.frame.poses.length === 0) return;
      current ??= openSet(judged);
      const set = current;
      set.tally.update(judged.state);
      const t = set.tally.relative(judged.state.timestampMs);
      const pose = judged.frame.poses[0];
      if (pose && t - set.lastTrackT >= 1000 / TRACK_FPS - 1) {
        set.frames.push({ t, pose, score: judged.state.score });
        set.lastTrackT = t;
        set.width = judged.frame.width;
        set.height = judged.frame.height;
      }
      let repDone = false;
      for (const event of judged.state.events) {
        if (event.type !== 'rep-completed') continue;
        set.repCount += 1;
        const rep: RepRow = {
          id: `${set.row.id}/${set.repCount}`,
          setId: set.row.id,
          workoutId: workout.id,
          n: set.repCount,
          ...(event.side ? { side: event.side } : {}),
          startMs: set.tally.relative(event.atMs - event.durationMs),
          durationMs: event.durationMs,
          score: event.score,
          ...(event.worstFault ? { worstFault: event.worstFault } : {}),
        };
        newReps.push(rep);
        allReps.push(rep);
        repDone = true;
      }
      if (repDone) void save();
    },

    save,

    /** Resolves once no save is under way (for tests and for closing the page). */
    async settled(): Promise<void> {
      while (saving) await saving;
    },

    /** Closes the workout with how it ended and saves; the periodic save stops. */
    async close(ending: Exclude<WorkoutEnding, 'in-progress'>): Promise<SaveStatus> {
      stopTimer();
      workout.ending = ending;
      return save();
    },

    /** Stops saving without closing (the workout then shows as interrupted). */
    dispose(): void {
      stopTimer();
    },

    get status(): SaveStatus {
      return status;
    },

    /** Whether anything was recorded at all (an empty workout is not history). */
    get hasData(): boolean {
      return allSets.size > 0 || current !== undefined;
    },

    /** This workout as it stands, from memory: for an export when storage failed. */
    snapshot() {
      if (current) refreshRow(current);
      return {
        workout: { ...workout },
        sets: [...allSets.values()],
        reps: [...allReps],
        tracks: current ? [...allChunks, ...pendingChunk(current)] : [...allChunks],
      };
    },
  };

  function pendingChunk(set: OpenSet): TrackChunk[] {
    if (set.frames.length === 0) return [];
    return [
      packTrack(set.frames, {
        setId: set.row.id,
        seq: set.chunkSeq,
        workoutId: workout.id,
        width: set.width,
        height: set.height,
      }),
    ];
  }
}

function defaultEvery(ms: number, run: () => void): () => void {
  const timer = setInterval(run, ms);
  return () => clearInterval(timer);
}

export type WorkoutRecorder = ReturnType<typeof createWorkoutRecorder>;
