/**
 * `npm run lighthouse`: builds the app, serves it on localhost and runs Lighthouse 12 on it with its
 * default settings, which are the mobile preset (a mid-range phone's screen, slow 4G and a CPU 4×
 * slower, simulated). Prints the four category scores and the audits that cost points; fails when a
 * score is under its minimum.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium';
import { serveBuiltApp } from '../tests/e2e/support/serve-built-app';

const MINIMUM_SCORES = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const categories = Object.keys(MINIMUM_SCORES) as (keyof typeof MINIMUM_SCORES)[];

const app = await serveBuiltApp();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'] });
try {
  const run = await lighthouse(`${app.origin}/`, { port: chrome.port, logLevel: 'error', onlyCategories: categories });
  if (!run) throw new Error('Lighthouse gave no result');
  const { categories: scored, audits, runtimeError } = run.lhr;
  if (runtimeError) throw new Error(`Lighthouse failed: ${runtimeError.code} ${runtimeError.message}`);

  let failed = false;
  for (const id of categories) {
    const category = scored[id];
    const score = Math.round((category?.score ?? 0) * 100);
    const passes = score >= MINIMUM_SCORES[id];
    failed ||= !passes;
    console.log(`${passes ? 'ok  ' : 'FAIL'} ${id.padEnd(15)} ${String(score).padStart(3)}  (at least ${MINIMUM_SCORES[id]})`);
    for (const ref of category?.auditRefs ?? []) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        console.log(`       ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  if (failed) process.exitCode = 1;
} finally {
  chrome.kill();
  await app.close();
}
