import { z } from 'zod';
import { sessionRecordSchema, type SessionRecord } from './session-record';

/** Files of the first version (sessions); the app now writes version 2 (src/history). */
const FILE_KIND = 'spine-coach-history';

const historyFileSchema = z.object({
  kind: z.literal(FILE_KIND, { error: 'this is not a Spine Coach history file' }),
  version: z.literal(1, { error: 'this history file is from a version the app cannot read' }),
  exportedAt: z.string(),
  sessions: z.array(sessionRecordSchema),
});

export type ParsedHistoryFile =
  { ok: true; sessions: SessionRecord[] } | { ok: false; message: string };

/** Reads an imported file; any problem is named for the person and nothing is taken from it. */
export function parseHistoryFile(text: string): ParsedHistoryFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Not imported: the file is not valid JSON. Nothing was changed.' };
  }
  const parsed = historyFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, sessions: parsed.data.sessions };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
  return {
    ok: false,
    message: `Not imported: ${issue?.message ?? 'the file is not a history file'}${where}. Nothing was changed.`,
  };
}

export function historyFileName(now: Date): string {
  return `spine-coach-history-${now.toISOString().slice(0, 10)}.json`;
}
