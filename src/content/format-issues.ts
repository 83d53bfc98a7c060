import type { z } from 'zod';

/** `dose.holdSeconds`, `steps[2]`: the way a person finds the field in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A short, readable rendering of what was found in the file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown) {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'number' || issue.origin === 'int') {
    const wanted =
      small && bound === 0 && !issue.inclusive
        ? 'a positive number'
        : small && bound === 0
          ? 'zero or more'
          : `${small ? 'at least' : 'at most'} ${bound}`;
    return `expected ${wanted}, got ${describeValue(value)}`;
  }
  // Lists and texts: the schema gives its own wording for these.
  return issue.message;
}

/** One readable sentence for one schema problem, without the file name. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  const where = formatPath(issue.path);
  const prefix = where ? `${where}: ` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined)
        return `${prefix}missing (expected ${TYPE_NAMES[issue.expected] ?? issue.expected})`;
      return `${prefix}expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeValue(value)}`;
    case 'too_small':
    case 'too_big':
      return `${prefix}${sizeMessage(issue, value)}`;
    case 'invalid_value':
      return `${prefix}expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}`;
    case 'unrecognized_keys':
      return issue.keys
        .map((key) => `${formatPath([...issue.path, key])}: unknown field (check its spelling)`)
        .join('\n');
    case 'invalid_format':
    case 'invalid_union':
      return `${prefix}${issue.message}, got ${describeValue(value)}`;
    default:
      return `${prefix}${issue.message}`;
  }
}

/** Every problem of one file, one line each, prefixed with the file's path. */
export function describeIssues(file: string, error: z.ZodError, input: unknown): string[] {
  return error.issues
    .flatMap((issue) => describeIssue(issue, input).split('\n'))
    .map((line) => `${file}: ${line}`);
}
