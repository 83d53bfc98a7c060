import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCatalogueOnDisk, validateCatalogueAtBuild } from '../../../src/content/vite-plugin';

/** A copy of the real content folder, to break on purpose. */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'spine-coach-content-'));
  cpSync('content', join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function breakPlank(edit: (plank: Record<string, unknown>) => void) {
  const path = join(root, 'content/exercises/plank.json');
  const plank = JSON.parse(readText(path)) as Record<string, unknown>;
  edit(plank);
  writeFileSync(path, JSON.stringify(plank));
}

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Runs the plugin's build hook the way Vite would, collecting what it reports. */
function runBuildStart(command: 'build' | 'serve') {
  const plugin = validateCatalogueAtBuild();
  const reported: { error?: string; warning?: string } = {};
  const configResolved = plugin.configResolved as (config: object) => void;
  configResolved({ root, command });
  const context = {
    error: (message: string) => {
      reported.error = message;
      throw new Error(message);
    },
    warn: (message: string) => (reported.warning = message),
  };
  try {
    (plugin.buildStart as unknown as (this: typeof context) => void).call(context);
  } catch {
    // `this.error` throws, as Vite's does, to stop the build.
  }
  return reported;
}

describe('build-time validation', () => {
  it('passes the real catalogue', () => {
    expect(checkCatalogueOnDisk(root)).toEqual([]);
    expect(runBuildStart('build')).toEqual({});
  });

  it('fails the build, naming the file, the field and the problem', () => {
    breakPlank((plank) => ((plank.dose as Record<string, unknown>).holdSeconds = 'thirty'));
    const { error } = runBuildStart('build');
    expect(error).toContain(
      'content/exercises/plank.json: dose.holdSeconds: expected a number, got "thirty"',
    );
  });

  it('only warns in the dev server, which shows the problem in the app', () => {
    breakPlank((plank) => (plank.category = 'core'));
    const reported = runBuildStart('serve');
    expect(reported.error).toBeUndefined();
    expect(reported.warning).toContain('content/exercises/plank.json: category: expected one of');
  });

  it('names a file that is not JSON', () => {
    writeFileSync(join(root, 'content/exercises/cobra.json'), '{ "id": "cobra", ');
    const errors = checkCatalogueOnDisk(root);
    expect(errors.some((e) => e.startsWith('content/exercises/cobra.json: not valid JSON'))).toBe(
      true,
    );
  });
});
