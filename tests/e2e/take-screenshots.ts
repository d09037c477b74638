/**
 * Saves phone-width screenshots of the start page, three question pages and three results to
 * docs/screenshots/. Run with `npm run screenshots`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { MUSCULAR_CHEST_ANSWERS } from '../helpers/answer-arbitrary';
import type { Vignette } from '../helpers/vignettes';
import { answerThroughPage } from './support/answer-through-page';
import { launchChromium, openWatchedPage, PHONE } from './support/chromium';
import { serveBuiltApp } from './support/serve-built-app';

const projectRoot = join(import.meta.dirname, '..', '..');
const outDir = join(projectRoot, 'docs', 'screenshots');
const vignettes = JSON.parse(await readFile(join(projectRoot, 'tests', 'vignettes', 'public.json'), 'utf8')) as Vignette[];
const vignette = (id: string) => {
  const found = vignettes.find((v) => v.id === id);
  if (!found) throw new Error(`no public vignette ${id}`);
  return found;
};

/** Sore chest muscles after push-ups, every follow-up answered as a sore muscle. */
const soreChest = { ...vignette('doms-classic').answers, chestPain: true, ...MUSCULAR_CHEST_ANSWERS, riskFactors: [] };

const walks: { answers: Record<string, unknown>; result: string; shots: Record<string, string> }[] = [
  {
    answers: vignette('doms-classic').answers,
    result: 'result-self-care',
    shots: { '': 'start', '#/page/heart-signs': 'question-heart-signs', '#/page/where-and-how-bad': 'question-where-it-hurts' },
  },
  { answers: vignette('heart-attack').answers, result: 'result-emergency', shots: {} },
  { answers: soreChest, result: 'result-sore-chest', shots: { '#/page/chest-pain': 'question-chest-pain' } },
];

await mkdir(outDir, { recursive: true });
const app = await serveBuiltApp();
const browser = await launchChromium();
const save = (page: Page, name: string) => page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });

try {
  for (const { answers, result, shots } of walks) {
    const watched = await openWatchedPage(browser, app.origin, { ...PHONE, locale: 'en-GB' });
    await answerThroughPage(watched.page, answers, {
      onPage: async (page, hash) => {
        const shot = shots[hash];
        if (shot) await save(page, shot);
      },
    });
    await save(watched.page, result);
    if (watched.problems.length > 0) throw new Error(watched.problems.join('\n'));
    await watched.close();
  }
  console.log(`screenshots saved in ${outDir}`);
} finally {
  await browser.close();
  await app.close();
}
