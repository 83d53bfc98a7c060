import { z } from 'zod';
import { parseHistoryFile } from '../workout/history-file';
import { base64ToBytes, bytesToBase64 } from './base64';
import type { HistoryDb } from './history-db';
import {
  repRowSchema,
  setRowSchema,
  TRACK_POINTS,
  workoutRowSchema,
  type RepRow,
  type SetRow,
  type TrackChunk,
  type WorkoutRow,
} from './history-records';
import { rowsFromV1 } from './v1-migration';

export const FILE_KIND = 'spine-coach-history';
export const FILE_VERSION = 2;

/** Everything of some workouts, as a file holds it and as an import adds it. */
export interface HistoryBundle {
  workouts: WorkoutRow[];
  sets: SetRow[];
  reps: RepRow[];
  tracks: TrackChunk[];
}

const trackJsonSchema = z.strictObject({
  setId: z.string().min(1),
  seq: z.int().nonnegative(),
  workoutId: z.string().min(1),
  width: z.int().positive(),
  height: z.int().positive(),
  times: z.string(),
  points: z.string(),
  visibility: z.string(),
  scores: z.string(),
});
type TrackJson = z.infer<typeof trackJsonSchema>;

const fileSchema = z.strictObject({
  kind: z.literal(FILE_KIND, { error: 'this is not a Spine Coach history file' }),
  version: z.literal(FILE_VERSION, {
    error: 'this history file is from a version the app cannot read',
  }),
  exportedAt: z.string(),
  workouts: z.array(workoutRowSchema),
  sets: z.array(setRowSchema),
  reps: z.array(repRowSchema),
  tracks: z.array(trackJsonSchema),
});

const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

function trackToJson(chunk: TrackChunk): TrackJson {
  return {
    setId: chunk.setId,
    seq: chunk.seq,
    workoutId: chunk.workoutId,
    width: chunk.width,
    height: chunk.height,
    times: bytesToBase64(bytesOf(chunk.times)),
    points: bytesToBase64(bytesOf(chunk.points)),
    visibility: bytesToBase64(chunk.visibility),
    scores: bytesToBase64(chunk.scores),
  };
}

/** Decodes a chunk; a string naming what is wrong when the arrays do not fit together. */
function trackFromJson(json: TrackJson): TrackChunk | string {
  const raw = [json.times, json.points, json.visibility, json.scores].map(base64ToBytes);
  const [times, points, visibility, scores] = raw;
  if (!times || !points || !visibility || !scores) return 'a landmark track is not base64';
  const frames = scores.length;
  if (
    times.length !== frames * 4 ||
    points.length !== frames * TRACK_POINTS * 4 ||
    visibility.length !== frames * TRACK_POINTS
  )
    return 'a landmark track’s arrays do not match in length';
  return {
    setId: json.setId,
    seq: json.seq,
    workoutId: json.workoutId,
    width: json.width,
    height: json.height,
    times: new Uint32Array(times.slice().buffer),
    points: new Int16Array(points.slice().buffer),
    visibility,
    scores,
  };
}

export async function readBundle(db: HistoryDb, workoutIds?: string[]): Promise<HistoryBundle> {
  return db.transaction('r', [db.workouts, db.sets, db.reps, db.tracks], async () => {
    if (!workoutIds) {
      const [workouts, sets, reps, tracks] = await Promise.all([
        db.workouts.orderBy('startedAt').toArray(),
        db.sets.toArray(),
        db.reps.toArray(),
        db.tracks.toArray(),
      ]);
      return { workouts, sets, reps, tracks };
    }
    const workouts = (await db.workouts.bulkGet(workoutIds)).filter((w) => w !== undefined);
    const sets = await db.sets.where('workoutId').anyOf(workoutIds).toArray();
    const reps = await db.reps.where('workoutId').anyOf(workoutIds).toArray();
    const tracks = await db.tracks.where('workoutId').anyOf(workoutIds).toArray();
    return { workouts, sets, reps, tracks };
  });
}

/** The bundle as the JSON file the person keeps: typed arrays as base64. */
export function historyJson(bundle: HistoryBundle, now: Date): string {
  return JSON.stringify({
    kind: FILE_KIND,
    version: FILE_VERSION,
    exportedAt: now.toISOString(),
    workouts: bundle.workouts,
    sets: bundle.sets,
    reps: bundle.reps,
    tracks: bundle.tracks.map(trackToJson),
  });
}

export type ParsedImport = { ok: true; bundle: HistoryBundle } | { ok: false; message: string };

const refuse = (why: string): ParsedImport => ({
  ok: false,
  message: `Not imported: ${why}. Nothing was changed.`,
});

/** Reads an imported file (this version's, or the first version's sessions); any flaw refuses it all. */
export function parseHistoryImport(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('the file is not valid JSON');
  }
  if ((data as { version?: unknown } | null)?.version === 1) {
    const old = parseHistoryFile(text);
    if (!old.ok) return { ok: false, message: old.message };
    const rows = old.sessions.map(rowsFromV1);
    return {
      ok: true,
      bundle: {
        workouts: rows.map((r) => r.workout),
        sets: rows.flatMap((r) => r.sets),
        reps: [],
        tracks: [],
      },
    };
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    return refuse(`${issue?.message ?? 'the file is not a history file'}${where}`);
  }
  const file = parsed.data;
  const tracks: TrackChunk[] = [];
  for (const json of file.tracks) {
    const chunk = trackFromJson(json);
    if (typeof chunk === 'string') return refuse(chunk);
    tracks.push(chunk);
  }
  const workoutIds = new Set(file.workouts.map((w) => w.id));
  const setIds = new Set(file.sets.map((s) => s.id));
  const orphan =
    file.sets.find((s) => !workoutIds.has(s.workoutId))?.id ??
    file.reps.find((r) => !setIds.has(r.setId) || !workoutIds.has(r.workoutId))?.id ??
    tracks.find((t) => !setIds.has(t.setId) || !workoutIds.has(t.workoutId))?.setId;
  if (orphan !== undefined) return refuse(`“${orphan}” belongs to no workout in the file`);
  return {
    ok: true,
    bundle: { workouts: file.workouts, sets: file.sets, reps: file.reps, tracks },
  };
}

export interface ImportResult {
  added: number;
  alreadyThere: number;
}

/**
 * Adds the bundle's workouts in one transaction; a workout already stored (same id) is left as it
 * is with everything under it, so importing the same file twice adds nothing the second time.
 */
export async function importBundle(db: HistoryDb, bundle: HistoryBundle): Promise<ImportResult> {
  return db.transaction('rw', [db.workouts, db.sets, db.reps, db.tracks], async () => {
    const stored = await db.workouts.bulkGet(bundle.workouts.map((w) => w.id));
    const fresh = new Set(bundle.workouts.filter((_, i) => !stored[i]).map((w) => w.id));
    const isFresh = (row: { workoutId: string }) => fresh.has(row.workoutId);
    await db.workouts.bulkAdd(bundle.workouts.filter((w) => fresh.has(w.id)));
    await db.sets.bulkAdd(bundle.sets.filter(isFresh));
    await db.reps.bulkAdd(bundle.reps.filter(isFresh));
    await db.tracks.bulkAdd(bundle.tracks.filter(isFresh));
    return { added: fresh.size, alreadyThere: bundle.workouts.length - fresh.size };
  });
}

const CSV_COLUMNS = [
  'workout_id',
  'workout_started',
  'routine',
  'ending',
  'set_started',
  'exercise',
  'set',
  'sets_prescribed',
  'target',
  'hold_seconds',
  'reps',
  'reps_left',
  'reps_right',
  'form_score',
  'seconds_in_position',
  'faults',
];

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function targetText(set: SetRow): string {
  if (!set.target) return '';
  if (set.target.kind === 'hold') return `${set.target.holdSeconds} s`;
  return `${set.target.reps} reps${set.target.perSide ? ' per side' : ''}`;
}

/** One line per set, for a spreadsheet. */
export function setsCsv(bundle: HistoryBundle): string {
  const workouts = new Map(bundle.workouts.map((w) => [w.id, w]));
  const sets = [...bundle.sets].sort(
    (a, b) => a.startedAt.localeCompare(b.startedAt) || a.seq - b.seq,
  );
  const lines = sets.map((set) => {
    const workout = workouts.get(set.workoutId);
    return [
      set.workoutId,
      workout?.startedAt ?? '',
      workout?.routine?.name ?? '',
      workout?.ending ?? '',
      set.startedAt,
      set.name,
      set.setNumber,
      set.setsPrescribed,
      targetText(set),
      set.holdSeconds,
      set.reps,
      set.repsBySide.left,
      set.repsBySide.right,
      set.score,
      set.secondsInPosition,
      set.faults.map((f) => `${f.cue} (${f.seconds} s)`).join('; '),
    ]
      .map(csvCell)
      .join(',');
  });
  return [CSV_COLUMNS.join(','), ...lines].join('\n') + '\n';
}
