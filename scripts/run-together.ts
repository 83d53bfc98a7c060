/**
 * Runs npm scripts at the same time and prints each one's output whole, in the order given, once
 * it is done (so the output reads as if they had run one after another). Exits non-zero when any
 * of them fails, after all have finished, naming the ones that failed.
 *
 *   tsx scripts/run-together.ts lint check test:unit
 *
 * `npm test` uses it for ESLint (with Prettier) and svelte-check: each mostly one thread, so on two
 * cores they overlap. The unit tests and the build stay after them: run beside them too, at load
 * average 28, two unit tests ran out of vitest's 5 s.
 */
import { spawn } from 'node:child_process';

interface Finished {
  script: string;
  code: number;
  output: string;
  seconds: number;
}

function run(script: string): Promise<Finished> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (code: number) =>
      resolve({
        script,
        code,
        output: Buffer.concat(chunks).toString('utf8'),
        seconds: (Date.now() - started) / 1000,
      });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: tsx scripts/run-together.ts <npm script> [<npm script> ...]');
  process.exit(2);
}
const runs = scripts.map(run);
const failed: string[] = [];
for (const pending of runs) {
  const { script, code, output, seconds } = await pending;
  console.log(`\n> npm run ${script}\n`);
  process.stdout.write(output);
  console.log(
    `\n[${script}] ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`,
  );
  if (code !== 0) failed.push(script);
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
