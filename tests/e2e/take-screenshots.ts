/**
 * Saves phone-width screenshots of the start page, two question pages and two results to
 * docs/screenshots/. Run with `npm run screenshots`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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

const shots: Record<string, string> = {
  '': 'start',
  '#/page/heart-signs': 'question-heart-signs',
  '#/page/where-and-how-bad': 'question-where-it-hurts',
};

await mkdir(outDir, { recursive: true });
const app = await serveBuiltApp();
const browser = await launchChromium();
const save = (page: Page, name: string) => page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });

try {
  for (const [id, name] of [
    ['doms-classic', 'result-self-care'],
    ['heart-attack', 'result-emergency'],
  ] as const) {
    const watched = await openWatchedPage(browser, app.origin, { ...PHONE, locale: 'en-GB' });
    await answerThroughPage(watched.page, vignette(id).answers, {
      onPage: async (page, hash) => {
        const shot = shots[hash];
        if (shot && id === 'doms-classic') await save(page, shot);
      },
    });
    await save(watched.page, name);
    if (watched.problems.length > 0) throw new Error(watched.problems.join('\n'));
    await watched.close();
  }
  console.log(`screenshots saved in ${outDir}`);
} finally {
  await browser.close();
  await app.close();
}
