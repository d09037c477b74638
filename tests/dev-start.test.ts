import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** What `npm run dev` prints until the server says it is ready. */
function devOutputUntilReady(): Promise<string> {
  return new Promise((resolve, reject) => {
    const dev = spawn('npm', ['run', '--silent', 'dev', '--', '--port', '5290', '--host', '127.0.0.1'], {
      cwd: root,
      detached: true,
    });
    let output = '';
    const stop = (error?: Error) => {
      process.kill(-dev.pid!, 'SIGTERM');
      if (error) reject(error);
      else resolve(output);
    };
    const timer = setTimeout(() => stop(new Error(`no "ready" within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready in/.test(output)) {
        clearTimeout(timer);
        stop();
      }
    };
    dev.stdout.on('data', read);
    dev.stderr.on('data', read);
  });
}

it('npm run dev starts quietly: at most two warning lines before "ready"', { timeout: 90_000 }, async () => {
  const output = await devOutputUntilReady();
  const beforeReady = output
    .slice(0, output.indexOf('ready in'))
    .split('\n')
    .filter((line) => line.trim() !== '');
  const warnings = beforeReady.filter((line) => !/VITE v\d/.test(line));
  expect(warnings.length, warnings.join('\n')).toBeLessThanOrEqual(2);
});
