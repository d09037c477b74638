import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `npm run size` (builds first): the gzipped size of every JavaScript file the app ships, each held
 * to its own budget (KB = 1,024 bytes); fails over any budget, or on a file that has none.
 * The entry chunk is what a phone needs before the first question is usable; the others load on
 * demand: the engine with the rules, the FHIR export when the person asks for the file.
 */
const BUDGETS: { chunk: string; match: RegExp; kb: number }[] = [
  { chunk: 'before the first question (React, the pages, the contract)', match: /^index-[\w-]+\.js$/, kb: 92 },
  { chunk: 'the engine (the compact evaluator), fetched with the rules', match: /^browser-triage-[\w-]+\.js$/, kb: 3 },
  { chunk: 'the rulebook page, when opened', match: /^rulebook-page-[\w-]+\.js$/, kb: 3 },
  { chunk: 'the summary for a clinician, when opened', match: /^summary-page-[\w-]+\.js$/, kb: 2 },
  { chunk: 'the derived facts, shared by the engine and the rulebook', match: /^facts-[\w-]+\.js$/, kb: 1 },
  { chunk: 'the FHIR export, when the person asks for the file', match: /^hand-over-actions-[\w-]+\.js$/, kb: 3 },
  { chunk: 'the calendar reminder, when the person asks for the file', match: /^check-in-actions-[\w-]+\.js$/, kb: 1 },
  { chunk: 'the service worker', match: /^sw\.js$/, kb: 1 },
];
const dir = 'dist';

const jsFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? jsFiles(path) : entry.name.endsWith('.js') ? [path] : [];
  });

const sizes = jsFiles(dir).map((file) => {
  const bytes = readFileSync(file);
  return { file, text: bytes.toString('utf8'), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
if (sizes.length === 0) throw new Error(`no JavaScript in ${dir}/: run npm run build first`);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
for (const { file, raw, gzip } of sizes.sort((a, b) => b.gzip - a.gzip)) {
  const budget = BUDGETS.find((b) => b.match.test(basename(file)));
  const verdict = !budget ? 'NO BUDGET' : gzip > budget.kb * 1024 ? `OVER its ${budget.kb} KB` : `budget ${budget.kb} KB`;
  console.log(
    `${kb(gzip).padStart(7)} KB gzip  ${kb(raw).padStart(7)} KB raw  ${file}  (${budget?.chunk ?? 'unknown'}: ${verdict})`,
  );
  if (!budget || gzip > budget.kb * 1024) process.exitCode = 1;
}
// What the budget of the first chunk counts is all that comes before the first question: it imports no
// other chunk statically (the bundler may split shared modules into chunks of their own).
for (const { file, text } of sizes.filter(({ file }) => /^index-/.test(basename(file)))) {
  const staticImports = text.match(
    /(?:^|[;}\s])import\s*[{*\w][^;]*?from\s*["'`][^"'`]+["'`]|(?:^|;)import\s*["'`][^"'`]+["'`]/g,
  );
  if (staticImports) {
    console.error(`${file} imports other chunks before the first question: ${staticImports.join(', ')}`);
    process.exitCode = 1;
  }
}
// The web app runs the compact evaluator; json-rules-engine is the command line's (src/triage/evaluators/).
for (const { file } of sizes.filter(({ text }) => /Almanac|EventEmitter2/.test(text))) {
  console.error(`${file} holds json-rules-engine: the web app should run the compact evaluator`);
  process.exitCode = 1;
}
const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
console.log(`${kb(total).padStart(7)} KB gzip in all`);
if (process.exitCode) console.error('a JavaScript file is over its budget, or has none: see above');
