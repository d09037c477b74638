import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ANSWERS_KEY, ANSWERS_VERSION } from '../../src/app/lib/answers-storage';
import type { AnswersDraft } from '../../src/app/lib/answers-draft';
import { publicVignette } from '../helpers/vignettes';
import { axeViolations } from './support/axe';
import { useBuiltAppInChromium } from './support/built-app';
import { PHONE, type WatchedPage } from './support/chromium';
import { printedPageCount } from './support/pdf-pages';

const SCREEN = PHONE.viewport?.height ?? 844;

/** The length the README gives for a self-care result, so that the figure it states stays the one measured. */
const README_FIGURE = (() => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
  const [, px, screens] =
    /a self-care result reads in ([\d,]+) px before the link to the clinician's summary, ([\d.]+) screens/.exec(readme) ?? [];
  if (!px || !screens) throw new Error('README.md no longer says how long a self-care result reads on a phone');
  return { px: Number(px.replace(/,/g, '')), screens: Number(screens) };
})();
const built = useBuiltAppInChromium();
let watched: WatchedPage | undefined;

afterAll(async () => {
  await watched?.close();
});

/** Opens the app at `hash` with answers saved on the device, as if given on an earlier visit. */
async function openWithSavedAnswers(answers: AnswersDraft, hash: string): Promise<Page> {
  await watched?.close();
  watched = await built.openPage({ ...PHONE, locale: 'en-GB' });
  const { page } = watched;
  // Before the app's own scripts, on every load of this page: the app reads the answers as it starts.
  await page.addInitScript(({ key, record }) => window.localStorage.setItem(key, record), {
    key: ANSWERS_KEY,
    record: JSON.stringify({ version: ANSWERS_VERSION, answers }),
  });
  await page.goto(`${built.origin}/${hash}`);
  await page.reload();
  return page;
}

const TIMEOUT = 120_000;

describe('a self-care result on a phone (390 × 844), in Chromium', () => {
  it(
    'reads in under four screens before the summary for a clinician, with when to get help on the first',
    async () => {
      const page = await openWithSavedAnswers(publicVignette('doms-classic').answers, '#/result');
      const summaryLink = page.getByRole('link', { name: 'Summary for a doctor or nurse' });
      await summaryLink.waitFor();
      expect(await page.locator('main [data-disposition]').getAttribute('data-disposition')).toBe('self_care');

      const { beforeSummary, safetyNetTop } = await page.evaluate(() => {
        const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? NaN;
        return {
          beforeSummary: top('main a[href="#/summary"]') - top('main'),
          safetyNetTop: top('#safety-net-heading') + window.scrollY,
        };
      });
      await page.screenshot({ path: '/tmp/result-self-care.png', fullPage: true });
      console.log(
        `self-care result at 390 px: ${Math.round(beforeSummary)} px of the page before the summary link ` +
          `(${(beforeSummary / SCREEN).toFixed(1)} screens of ${SCREEN} px); "Get help if things change" at ${Math.round(safetyNetTop)} px`,
      );
      expect(beforeSummary).toBeLessThan(4 * SCREEN);
      expect(safetyNetTop).toBeLessThan(SCREEN);
      // Within a line or two of the README's figure (fonts move a few pixels between Chromium releases).
      expect(Math.abs(beforeSummary - README_FIGURE.px)).toBeLessThanOrEqual(60);
      expect(README_FIGURE.screens).toBeCloseTo(README_FIGURE.px / SCREEN, 1);
      expect(await axeViolations(page)).toEqual([]);
      expect(watched?.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'links to the summary for a clinician, a page that prints on one A4 sheet',
    async () => {
      const page = await openWithSavedAnswers(publicVignette('doms-classic').answers, '#/result');
      await page.getByRole('link', { name: 'Summary for a doctor or nurse' }).click();
      await page.getByRole('heading', { level: 1, name: 'Summary for a doctor or nurse' }).waitFor();

      expect(await page.locator('main').textContent()).toMatch(/Rules version \d+\.\d+\.\d+ \(fingerprint [0-9a-f]{8}\)/);
      expect(await printedPageCount(page)).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(watched?.problems).toEqual([]);
    },
    TIMEOUT,
  );
});
