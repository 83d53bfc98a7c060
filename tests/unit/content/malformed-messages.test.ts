import { describe, expect, it } from 'vitest';
import { exerciseSchema } from '../../../src/content/exercise-schema';
import { describeIssues } from '../../../src/content/format-issues';
import { validateCatalogue } from '../../../src/content/validate-catalogue';
import { parseContentFile } from '../../../src/content/validate-catalogue';
import { readFileSync } from 'node:fs';

const FILE = 'content/exercises/plank.json';
const good = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;

/** The plank with one field replaced: a path like ['dose', 'holdSeconds'] and its new value. */
function plankWith(path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(good);
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

function messagesFor(data: unknown): string[] {
  const result = exerciseSchema.safeParse(data);
  return result.success ? [] : describeIssues(FILE, result.error, data);
}

describe('messages for malformed exercise files', () => {
  it('accepts the real plank file', () => {
    expect(messagesFor(good)).toEqual([]);
  });

  it.each([
    [['dose', 'holdSeconds'], 'thirty', 'dose.holdSeconds: expected a number, got "thirty"'],
    [['dose', 'holdSeconds'], -5, 'dose.holdSeconds: expected a positive number, got -5'],
    [['dose', 'sets'], 1.5, 'dose.sets: expected a whole number, got 1.5'],
    [['dose', 'restSeconds'], -1, 'dose.restSeconds: expected zero or more, got -1'],
    [['name'], undefined, 'name: missing (expected a text)'],
    [['category'], 'core', 'category: expected one of "warm-up", '],
    [['camera', 'view'], 'top', 'camera.view: expected one of "side", "front", "any", got "top"'],
    [['camera', 'visible'], ['head', 'tail'], 'camera.visible[1]: expected one of "head"'],
    [['difficulty'], 4, 'difficulty: expected at most 3, got 4'],
    [['equipment'], ['none', 'mat'], 'equipment: "none" cannot be combined with other equipment'],
    [['steps'], [], 'steps: expected at least one step'],
    [['cues', 'hips-sagging'], 3, 'cues.hips-sagging: expected a text, got 3'],
    [
      ['checker', 'params', 'maxSag'],
      { deg: 10 },
      'checker.params.maxSag: expected a number, a text',
    ],
    [['variants', 'harder'], { name: 'x' }, 'variants.harder: expected an exercise id or'],
    [['id'], 'Plank', 'id: expected a lower-case id such as "glute-bridge", got "Plank"'],
    [['dosage'], 3, 'dosage: unknown field (check its spelling)'],
  ])('%j = %j', (path, value, expected) => {
    const messages = messagesFor(plankWith(path, value));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`${FILE}: ${expected}`);
  });

  it('asks for reps or a hold when the dose has neither', () => {
    const data = plankWith(['dose', 'holdSeconds'], undefined);
    expect(messagesFor(data)).toEqual([`${FILE}: dose: expected reps, holdSeconds or both`]);
  });

  it('names every problem of a file, not just the first', () => {
    const data = plankWith(['dose', 'holdSeconds'], 'thirty');
    data.difficulty = 0;
    expect(messagesFor(data)).toHaveLength(2);
  });

  it('names a file that is not JSON', () => {
    expect(parseContentFile(FILE, '{ "id": ')).toMatch(
      /^content\/exercises\/plank\.json: not valid JSON/,
    );
  });
});

describe('checks across files', () => {
  const plank = { path: FILE, data: good };

  it('requires the id to match the file name', () => {
    const result = validateCatalogue([{ path: 'content/exercises/planks.json', data: good }], []);
    expect(result.ok).toBe(false);
    expect(result.ok || result.errors).toEqual([
      'content/exercises/planks.json: id: expected "planks" (the file name), got "plank"',
    ]);
  });

  it('requires variants to name exercises that exist', () => {
    const result = validateCatalogue([plank], []);
    expect(result.ok || result.errors).toEqual([
      `${FILE}: variants.easier: no exercise with id "high-plank" in the catalogue`,
      `${FILE}: variants.harder: no exercise with id "side-plank" in the catalogue`,
    ]);
  });

  it('requires routines to name exercises that exist', () => {
    const solo = plankWith(['variants'], {});
    const routine = {
      id: 'quick',
      name: 'Quick',
      summary: '',
      items: [{ exerciseId: 'plank' }, { exerciseId: 'planck' }],
    };
    const result = validateCatalogue(
      [{ path: FILE, data: solo }],
      [{ path: 'content/routines/quick.json', data: routine }],
    );
    expect(result.ok || result.errors).toEqual([
      'content/routines/quick.json: items[1].exerciseId: no exercise with id "planck" in the catalogue',
    ]);
    expect(result.catalogue.exercises.map((e) => e.id)).toEqual(['plank']);
  });

  it('keeps the valid files when another one is broken', () => {
    const solo = plankWith(['variants'], {});
    const broken = { path: 'content/exercises/cobra.json', data: { id: 'cobra' } };
    const result = validateCatalogue([{ path: FILE, data: solo }, broken], []);
    expect(result.ok).toBe(false);
    expect(result.catalogue.exercises.map((e) => e.id)).toEqual(['plank']);
  });
});
