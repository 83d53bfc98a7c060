import { describe, expect, it } from 'vitest';
import { historyFileName, parseHistoryFile } from '../../../src/workout/history-file';
import { session, v1File } from './helpers/sessions';

describe('history file', () => {
  it('round-trips the sessions it exported', () => {
    const sessions = [
      session('a', '2026-11-20T09:00:00.000Z'),
      session('b', '2026-11-21T09:00:00.000Z'),
    ];
    const text = v1File(sessions);
    expect(parseHistoryFile(text)).toEqual({ ok: true, sessions });
    expect(historyFileName(new Date('2026-11-25T12:00:00.000Z'))).toBe(
      'spine-coach-history-2026-11-25.json',
    );
  });

  it('names what is wrong with a file that is not a history, and takes nothing from it', () => {
    const cases: [string, string][] = [
      ['{"kind":', 'not valid JSON'],
      [
        '{"kind":"shopping-list","version":1,"exportedAt":"","sessions":[]}',
        'not a Spine Coach history file',
      ],
      ['{"kind":"spine-coach-history","version":7,"exportedAt":"","sessions":[]}', 'version'],
    ];
    for (const [text, expected] of cases) {
      const parsed = parseHistoryFile(text);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toContain(expected);
      expect(!parsed.ok && parsed.message).toContain('Nothing was changed');
    }
  });

  it('points at the damaged field of a damaged session', () => {
    const broken = session('a', '2026-11-20T09:00:00.000Z');
    const text = JSON.stringify({
      kind: 'spine-coach-history',
      version: 1,
      exportedAt: '',
      sessions: [{ ...broken, exercises: [{ ...broken.exercises[0], score: 250 }] }],
    });
    const parsed = parseHistoryFile(text);
    expect(!parsed.ok && parsed.message).toContain('sessions.0.exercises.0.score');
  });
});
