import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseContentFile, validateCatalogue, type ContentFile } from './validate-catalogue';

const EXERCISES_DIR = 'content/exercises';
const ROUTINES_DIR = 'content/routines';

function readJsonFiles(root: string, dir: string, errors: string[]): ContentFile[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir)).filter((n) => n.endsWith('.json'));
  } catch {
    errors.push(`${dir}: folder not found`);
    return [];
  }
  return names.sort().flatMap((name) => {
    const path = `${dir}/${name}`;
    const file = parseContentFile(path, readFileSync(join(root, path), 'utf8'));
    if (typeof file === 'string') {
      errors.push(file);
      return [];
    }
    return [file];
  });
}

/** Every problem of the catalogue on disk, one readable line each; empty when it is valid. */
export function checkCatalogueOnDisk(root: string): string[] {
  const errors: string[] = [];
  const exercises = readJsonFiles(root, EXERCISES_DIR, errors);
  const routines = readJsonFiles(root, ROUTINES_DIR, errors);
  const result = validateCatalogue(exercises, routines);
  return result.ok ? errors : [...errors, ...result.errors];
}

function summarise(errors: readonly string[]): string {
  return `The exercise catalogue has ${errors.length} problem(s):\n${errors.join('\n')}`;
}

/** Fails `vite build` (and warns in `vite dev`) when a content file is malformed. */
export function validateCatalogueAtBuild(): Plugin {
  let root = process.cwd();
  let isBuild = false;
  return {
    name: 'spine-coach:validate-catalogue',
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    buildStart() {
      const errors = checkCatalogueOnDisk(root);
      if (errors.length === 0) return;
      if (isBuild) this.error(summarise(errors));
      else this.warn(summarise(errors));
    },
    // In `vite dev`, an edit that breaks a content file shows in the browser's error overlay.
    handleHotUpdate({ file, server }) {
      if (!/\/content\/(exercises|routines)\/[^/]+\.json$/.test(file)) return;
      const errors = checkCatalogueOnDisk(root);
      if (errors.length > 0) {
        server.ws.send({ type: 'error', err: { message: summarise(errors), stack: '' } });
      }
    },
  };
}
