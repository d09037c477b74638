import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The worker without its comment lines and indentation, which are for the people who read
 * service-worker.js, not for browsers (every line is a whole token, so this changes no meaning).
 */
const workerCode = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8')
  .replace(/^\s*\/\/.*\n/gm, '')
  .replace(/^[ \t]+/gm, '');

/** Every file under a folder, as paths relative to it with '/' separators. */
const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(folder.length + 1)
        .replaceAll('\\', '/'),
    );

/**
 * Adds sw.js to the build: the worker in service-worker.js, given the URL of every built file to
 * precache and a cache name made from their contents, so that any change gives a new worker.
 */
export function precacheServiceWorker(): Plugin {
  let base = '/';
  let publicDir = '';
  return {
    name: 'precache-service-worker',
    apply: 'build',
    // After Vite's own plugins, so that index.html is in the bundle.
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const files = new Map<string, string | Uint8Array>();
      for (const file of Object.values(bundle)) files.set(file.fileName, file.type === 'chunk' ? file.code : file.source);
      for (const file of publicDir ? filesUnder(publicDir) : []) files.set(file, readFileSync(join(publicDir, file)));

      const names = [...files.keys()].sort();
      const hash = createHash('sha256');
      for (const name of names) hash.update(name).update(files.get(name) ?? '');
      const cache = `upper-back-triage-${hash.digest('hex').slice(0, 12)}`;
      const precache = names.map((name) => base + name);

      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `const CACHE = ${JSON.stringify(cache)};\nconst PRECACHE = ${JSON.stringify(precache)};\n\n${workerCode}`,
      });
    },
  };
}
