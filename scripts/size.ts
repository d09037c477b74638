import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** `npm run size` (builds first): the gzipped size of every JavaScript file the app ships; fails over budget. */
const BUDGET_KB = 100;
const dir = 'dist';

const jsFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? jsFiles(path) : entry.name.endsWith('.js') ? [path] : [];
  });

const sizes = jsFiles(dir).map((file) => {
  const bytes = readFileSync(file);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
if (sizes.length === 0) throw new Error(`no JavaScript in ${dir}/: run npm run build first`);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
for (const { file, raw, gzip } of sizes.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`${kb(gzip).padStart(7)} KB gzip  ${kb(raw).padStart(7)} KB raw  ${file}`);
}
const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
console.log(`${kb(total).padStart(7)} KB gzip in all; budget ${BUDGET_KB} KB`);
if (total > BUDGET_KB * 1024) {
  console.error(`over budget by ${kb(total - BUDGET_KB * 1024)} KB`);
  process.exitCode = 1;
}
